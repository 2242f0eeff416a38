/**
 * `npm run bench -- statusboard` (issue 6 targets, on this 2-core machine):
 * - reconcile/create-2000: 1,000 active events x 2 matcher sets against an empty Alertmanager 0.25 until all
 *   2,000 silences exist (target <= 10 s). Baseline: the same with one write at a time.
 * - reconcile/steady-2000: a pass with 2,000 silences already right (target <= 100 ms, exactly one request).
 *   Floor: the bare GET /api/v2/silences plus JSON parse that the pass cannot avoid.
 * - api/list-events/{sqlite,postgres}: GET /api/v1/events with autocannon (target >= 2,000 req/s, p99 <= 50 ms).
 *   Floor: GET /healthz on the same server (fastify without any database work).
 * Everything runs on 127.0.0.1 with bounded counts and durations; processes are stopped at the end.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  AlertmanagerClient,
  EventStore,
  Metrics,
  Reconciler,
  ServiceStore,
  TokenStore,
  build,
  labelRulesFor,
  openDb,
  testConfig,
  type Db,
} from '../src/statusboard';
import { freePort, startAlertmanager, stopAll } from '../tests/integration/statusboard/alertmanager-process';
import { round, type BenchSuite } from './result';

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
}

/**
 * autocannon runs in its own process: in the server's process it would take half of the server's
 * event loop and measure itself.
 */
function autocannon(opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}): Promise<CannonResult> {
  const bin = join(dirname(fileURLToPath(import.meta.url)), '../node_modules/autocannon/autocannon.js');
  const args = [bin, '--json', '-c', String(opts.connections), '-d', String(opts.duration)];
  for (const [k, v] of Object.entries(opts.headers ?? {})) args.push('-H', `${k}=${v}`);
  args.push(opts.url);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { timeout: (opts.duration + 30) * 1000, maxBuffer: 16 << 20 },
      (err, stdout) => {
        if (err) return reject(err);
        resolve(JSON.parse(stdout) as CannonResult);
      }
    );
  });
}

const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const HOUR = 3_600_000;
const TOKEN = 'bench-admin-token';

async function seed(db: Db, events: number): Promise<EventStore> {
  const now = new Date();
  const services = new ServiceStore(db.kysely, () => labelRulesFor('0.25.0'));
  const store = new EventStore(db.kysely, { maxDurationMs: 24 * HOUR });
  await new TokenStore(db.kysely).seedAdmin(TOKEN, now);
  const perService = 100;
  for (let s = 0; s < Math.ceil(events / perService); s++) {
    await services.create(
      {
        name: `svc-${s}`,
        team: 'bench',
        matcherSets: [
          [{ name: 'job', value: `svc-${s}`, isRegex: false, isEqual: true }],
          [{ name: 'service', value: `svc-${s}-.*`, isRegex: true, isEqual: true }],
        ],
      },
      'bench',
      now
    );
  }
  for (let i = 0; i < events; i++) {
    await store.create(
      {
        service: `svc-${Math.floor(i / perService)}`,
        title: `bench ${i}`,
        endsAt: new Date(now.getTime() + 2 * HOUR + i).toISOString(),
      },
      'bench',
      now
    );
  }
  return store;
}

function reconcilerFor(db: Db, events: EventStore, am: AlertmanagerClient, concurrency: number): Reconciler {
  return new Reconciler({
    db: db.kysely,
    events,
    clock: () => new Date(),
    metrics: new Metrics(),
    alertmanager: am,
    intervalSeconds: 3600,
    concurrency,
  });
}

async function reconcileBench(emit: Parameters<BenchSuite>[0]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'statusboard-bench-'));
  try {
    const db = await openDb({ sqlitePath: join(dir, 'bench.sqlite') });
    const events = await seed(db, 1000);

    const timeCreate = async (concurrency: number) => {
      const node = await startAlertmanager();
      const am = new AlertmanagerClient([node.url]);
      const r = reconcilerFor(db, events, am, concurrency);
      const t0 = performance.now();
      const res = await r.reconcileOnce();
      const ms = performance.now() - t0;
      if (res.created !== 2000 || res.errors.length > 0)
        throw new Error(
          `expected 2000 created, got ${JSON.stringify({ ...res, errors: res.errors.slice(0, 3) })}`
        );
      return { ms, node, am, r };
    };
    const baseline = await timeCreate(1);
    const ours = await timeCreate(8);
    emit({
      bench: 'statusboard',
      case: 'reconcile/create-2000',
      ours_ms: round(ours.ms, 1),
      baseline_ms: round(baseline.ms, 1),
      target_ms: 10_000,
      concurrency: 8,
    });

    // Steady state on the node that now holds 2,000 silences.
    const times: number[] = [];
    const floors: number[] = [];
    let requests = 0;
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now();
      const res = await ours.r.reconcileOnce();
      times.push(performance.now() - t0);
      requests = Math.max(requests, res.requests);
      if (res.unchanged !== 2000) throw new Error(`steady state not reached: ${JSON.stringify(res)}`);
      const f0 = performance.now();
      await (await fetch(`${ours.node.url}/api/v2/silences`)).json();
      floors.push(performance.now() - f0);
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    emit({
      bench: 'statusboard',
      case: 'reconcile/steady-2000',
      ours_ms: round(median(times.slice(5)), 1),
      floor_ms: round(median(floors.slice(5)), 1),
      target_ms: 100,
      requests_per_pass: requests,
    });
    await db.close();
  } finally {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function apiBench(
  emit: Parameters<BenchSuite>[0],
  kind: 'sqlite' | 'postgres',
  listCacheMs: number
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'statusboard-bench-'));
  const schema = `sb_bench_${process.pid}_${listCacheMs}`;
  try {
    const db =
      kind === 'sqlite'
        ? await openDb({ sqlitePath: join(dir, 'bench.sqlite') })
        : await openDb({ databaseUrl: PG_URL, sqlitePath: '', pgSchema: schema, poolSize: 10 });
    await seed(db, 1000);
    const app = await build({ config: testConfig({ webRoot: join(dir, 'none'), listCacheMs }), db });
    const port = await freePort();
    await app.listen({ host: '127.0.0.1', port });
    const base = `http://127.0.0.1:${port}`;
    const headers = { authorization: `Bearer ${TOKEN}` };
    await autocannon({ url: `${base}/api/v1/events`, connections: 10, duration: 2, headers }); // warm-up
    const floor = await autocannon({ url: `${base}/healthz`, connections: 10, duration: 5 });
    const r = await autocannon({ url: `${base}/api/v1/events`, connections: 10, duration: 10, headers });
    if (r.non2xx > 0 || r.errors > 0)
      throw new Error(`GET /api/v1/events failed: ${r.non2xx} non-2xx, ${r.errors} errors`);
    emit({
      bench: 'statusboard',
      case: `api/list-events/${kind}${listCacheMs > 0 ? '' : '/uncached'}`,
      ours_ms: r.latency.average,
      floor_ms: floor.latency.average,
      rps: Math.round(r.requests.average),
      p99_ms: r.latency.p99,
      floor_rps: Math.round(floor.requests.average),
      target_rps: 2000,
      target_p99_ms: 50,
      page_size: 50,
    });
    await app.close();
    await db.close();
  } finally {
    if (kind === 'postgres') {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema if exists "${schema}" cascade`);
      await c.end();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

const suite: BenchSuite = async (emit) => {
  const only = process.env.STATUSBOARD_BENCH;
  if (!only || only === 'reconcile') await reconcileBench(emit);
  if (!only || only === 'api') {
    // As deployed (1 s micro-cache, see src/statusboard/micro-cache.ts), and with the cache off.
    for (const kind of ['sqlite', 'postgres'] as const) {
      await apiBench(emit, kind, 1000);
      await apiBench(emit, kind, 0);
    }
  }
};

export default suite;
