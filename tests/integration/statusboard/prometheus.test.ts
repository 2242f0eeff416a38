/**
 * A real Prometheus (Debian prometheus 2.42) scrapes StatusBoard's /metrics: the maintenance gauge goes
 * 0 -> 1 -> 0 with an event, and an alert expression written with `unless` goes quiet during maintenance.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore, Metrics, Reconciler, TokenStore, build, testConfig } from '../../../src/statusboard';
import { freePort, waitFor } from './alertmanager-process';
import { auth, openTestDb, type TestDb } from './support';

const PROMETHEUS = process.env.PROMETHEUS_BIN ?? '/usr/bin/prometheus';

describe('Prometheus scraping StatusBoard', () => {
  let t: TestDb;
  let app: FastifyInstance;
  let prom: ChildProcess | null = null;
  let dir = '';
  let promUrl = '';
  let reconciler: Reconciler;

  beforeAll(async () => {
    t = await openTestDb('sqlite');
    // One Metrics shared by the app (which serves /metrics) and the reconciler (which sets the gauges).
    const metrics = new Metrics();
    reconciler = new Reconciler({
      db: t.db.kysely,
      events: new EventStore(t.db.kysely, { maxDurationMs: 24 * 3_600_000 }),
      clock: () => new Date(),
      metrics,
      intervalSeconds: 1,
    });
    await new TokenStore(t.db.kysely).seedAdmin('prom-admin', new Date());
    app = await build({
      config: testConfig({ webRoot: '/nonexistent' }),
      db: t.db,
      metrics,
      onChange: () => reconciler.trigger(),
    });
    const port = await freePort();
    await app.listen({ host: '127.0.0.1', port });
    reconciler.start();
    dir = mkdtempSync(join(tmpdir(), 'statusboard-prom-'));
    writeFileSync(
      join(dir, 'prometheus.yml'),
      `global: {scrape_interval: 1s, evaluation_interval: 1s}\nscrape_configs:\n  - job_name: statusboard\n    static_configs: [{targets: ['127.0.0.1:${port}']}]\n`
    );
    const promPort = await freePort();
    promUrl = `http://127.0.0.1:${promPort}`;
    prom = spawn(
      PROMETHEUS,
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${promPort}`,
      ],
      { stdio: 'ignore' }
    );
    await waitFor('prometheus ready', async () => (await fetch(`${promUrl}/-/ready`)).ok, 30_000);
  });
  afterAll(async () => {
    if (prom && prom.exitCode === null) {
      const exited = new Promise((r) => prom!.once('exit', r));
      prom.kill('SIGKILL');
      await exited;
    }
    await reconciler?.stop();
    await app?.close();
    await t?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const query = async (
    q: string
  ): Promise<Array<{ metric: Record<string, string>; value: [number, string] }>> => {
    const r = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(q)}`);
    return (
      (await r.json()) as {
        data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> };
      }
    ).data.result;
  };
  const gauge = async () => (await query('statusboard_service_maintenance{service="web"}'))[0]?.value[1];
  const ALERT = 'vector(1) unless on() statusboard_service_maintenance{service="web"} == 1';

  it('sees statusboard_service_maintenance go 0 -> 1 -> 0 and `unless` silence the rule', async () => {
    const svc = await app.inject({
      method: 'POST',
      url: '/api/v1/services',
      headers: auth('prom-admin'),
      payload: {
        name: 'web',
        team: 't',
        matcherSets: [[{ name: 'job', value: 'web', isRegex: false, isEqual: true }]],
      },
    });
    expect(svc.statusCode).toBe(201);
    await waitFor('gauge 0', async () => (await gauge()) === '0', 20_000);
    expect(await query(ALERT)).toHaveLength(1);
    const ev = await app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: auth('prom-admin'),
      payload: { service: 'web', title: 'scraped', durationSeconds: 3600 },
    });
    await waitFor('gauge 1', async () => (await gauge()) === '1', 20_000);
    expect(await query(ALERT)).toHaveLength(0);
    await app.inject({
      method: 'POST',
      url: `/api/v1/events/${ev.json().id}/end`,
      headers: auth('prom-admin'),
    });
    await waitFor('gauge back to 0', async () => (await gauge()) === '0', 20_000);
  });
});
