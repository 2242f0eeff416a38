/**
 * Test support: real databases (a temp SQLite file, or a fresh PostgreSQL schema dropped afterwards) and
 * an app built on them with a movable clock and a seeded admin token.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { build, openDb, testConfig, TokenStore, type Config, type Db } from '../../../src/statusboard';
import type { AlertmanagerClient } from '../../../src/statusboard';

export type DbKind = 'sqlite' | 'postgres';
export const DB_KINDS: DbKind[] = ['sqlite', 'postgres'];
export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const ADMIN = 'admin-secret-for-tests';

export interface TestDb {
  db: Db;
  kind: DbKind;
  /** Opens another connection set to the same database (a second replica). */
  reopen(): Promise<Db>;
  cleanup(): Promise<void>;
}

export async function openTestDb(kind: DbKind): Promise<TestDb> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'statusboard-test-'));
    const path = join(dir, 'sb.sqlite');
    const opened: Db[] = [];
    const open = async () => {
      const d = await openDb({ sqlitePath: path });
      opened.push(d);
      return d;
    };
    return {
      db: await open(),
      kind,
      reopen: open,
      async cleanup() {
        for (const d of opened) await d.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `sb_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const opened: Db[] = [];
  const open = async () => {
    const d = await openDb({ databaseUrl: PG_URL, sqlitePath: '', pgSchema: schema });
    opened.push(d);
    return d;
  };
  return {
    db: await open(),
    kind,
    reopen: open,
    async cleanup() {
      for (const d of opened) await d.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema if exists "${schema}" cascade`);
      await c.end();
    },
  };
}

export class TestClock {
  constructor(public now = new Date()) {}
  readonly fn = (): Date => new Date(this.now.getTime());
  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }
}

export async function testApp(
  t: TestDb,
  opts: {
    config?: Partial<Config>;
    clock?: TestClock;
    alertmanager?: AlertmanagerClient;
    onChange?: () => void;
  } = {}
) {
  const clock = opts.clock ?? new TestClock();
  await new TokenStore(t.db.kysely).seedAdmin(ADMIN, clock.fn());
  const app = await build({
    config: testConfig({ webRoot: '/nonexistent', ...opts.config }),
    db: t.db,
    clock: clock.fn,
    alertmanager: opts.alertmanager,
    onChange: opts.onChange,
  });
  return { app, clock };
}

export const auth = (token: string = ADMIN) => ({ authorization: `Bearer ${token}` });

/** A whole replica: app + Alertmanager client + reconciler on one database, reconciling on demand. */
export async function testStack(
  t: TestDb,
  amUrls: string[],
  opts: {
    db?: Db;
    clock?: TestClock;
    intervalSeconds?: number;
    leader?: 'pg' | 'local';
    config?: Partial<Config>;
  } = {}
) {
  const { AlertmanagerClient, Reconciler, EventStore, Metrics, PgAdvisoryLeader, LocalLeader } =
    await import('../../../src/statusboard');
  const db = opts.db ?? t.db;
  const clock = opts.clock ?? new TestClock();
  const metrics = new Metrics();
  const alertmanager = new AlertmanagerClient(amUrls, {
    timeoutMs: 2000,
    retries: 1,
    backoffMs: 50,
    onPeer: (url, up) => metrics.alertmanagerUp.labels(url).set(up ? 1 : 0),
  });
  await alertmanager.status().catch(() => {});
  const leader = opts.leader === 'pg' && db.pgConfig ? new PgAdvisoryLeader(db.pgConfig) : new LocalLeader();
  const reconciler = new Reconciler({
    db: db.kysely,
    events: new EventStore(db.kysely, { maxDurationMs: 7 * 24 * 3_600_000 }),
    clock: clock.fn,
    metrics,
    alertmanager,
    leader,
    generation: db.generation,
    intervalSeconds: opts.intervalSeconds ?? 30,
    log: process.env.SB_DEBUG
      ? (msg, extra) =>
          process.stderr.write(
            `${new Date().toISOString()} ${opts.db ? 'r2' : 'r1'} ${msg} ${JSON.stringify(extra)}\n`
          )
      : undefined,
  });
  await new TokenStore(db.kysely).seedAdmin(ADMIN, clock.fn());
  const app = await build({
    config: testConfig({ webRoot: '/nonexistent', ...opts.config }),
    db,
    clock: clock.fn,
    alertmanager,
    metrics,
    onChange: () => reconciler.trigger(),
  });
  return { app, clock, alertmanager, reconciler, metrics, leader };
}
