/**
 * The reconciler against a real single-node Alertmanager 0.25: create, steady state, extend in place,
 * foreign silences untouched, kill -9 and restart, end, Alertmanager down.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reconciler } from '../../../src/statusboard';
import {
  kill9,
  liveSilences,
  restart,
  startAlertmanager,
  stopAll,
  waitFor,
  type AmNode,
} from './alertmanager-process';
import { ADMIN, auth, openTestDb, testStack, type TestClock, type TestDb } from './support';

const HOUR = 3_600_000;

describe('reconciler with a single Alertmanager 0.25', () => {
  let am: AmNode;
  let t: TestDb;
  let app: FastifyInstance;
  let reconciler: Reconciler;
  let clock: TestClock;
  let stack: Awaited<ReturnType<typeof testStack>>;

  beforeAll(async () => {
    am = await startAlertmanager();
    t = await openTestDb('sqlite');
    stack = await testStack(t, [am.url]);
    ({ app, reconciler, clock } = stack);
    const svc = await app.inject({
      method: 'POST',
      url: '/api/v1/services',
      headers: auth(),
      payload: {
        name: 'web',
        team: 'platform',
        matcherSets: [
          [{ name: 'job', value: 'web', isRegex: false, isEqual: true }],
          [
            { name: 'service', value: 'web-.*', isRegex: true, isEqual: true },
            { name: 'env', value: 'staging', isRegex: false, isEqual: false },
          ],
        ],
      },
    });
    expect(svc.statusCode).toBe(201);
  });
  afterAll(async () => {
    await reconciler?.stop();
    await app?.close();
    await t?.cleanup();
    await stopAll();
  });

  const ours = async () => (await liveSilences(am)).filter((s) => s.createdBy === 'statusboard');
  const getEvent = async (id: string) =>
    (await app.inject({ method: 'GET', url: `/api/v1/events/${id}`, headers: auth() })).json();
  let eventId = '';

  it('detects the Alertmanager version', async () => {
    expect((await stack.alertmanager.status()).version).toMatch(/^0\.25\./);
  });

  it('creates one silence per matcher set, marked as ours', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: auth(ADMIN),
      payload: {
        service: 'web',
        title: 'deploy',
        endsAt: new Date(clock.now.getTime() + HOUR).toISOString(),
      },
    });
    eventId = res.json().id;
    const r = await reconciler.reconcileOnce();
    expect(r).toMatchObject({ desired: 2, created: 2, expired: 0, errors: [] });
    const silences = await ours();
    expect(silences).toHaveLength(2);
    expect(silences.map((s) => s.comment).sort()).toEqual([
      `deploy [statusboard event=${eventId} set=0]`,
      `deploy [statusboard event=${eventId} set=1]`,
    ]);
    const ev = await getEvent(eventId);
    expect(ev.silenceStatus).toBe('held');
    expect([...ev.silenceIds].sort()).toEqual(silences.map((s) => s.id).sort());
  });

  it('costs one GET in steady state', async () => {
    const r = await reconciler.reconcileOnce();
    expect(r).toMatchObject({ requests: 1, unchanged: 2, created: 0, updated: 0, expired: 0 });
  });

  it('updates silences in place when the event is extended', async () => {
    const before = (await ours()).map((s) => s.id).sort();
    const newEnd = new Date(clock.now.getTime() + 3 * HOUR).toISOString();
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/v1/events/${eventId}`,
      headers: auth(),
      payload: { endsAt: newEnd },
    });
    expect(res.statusCode).toBe(200);
    const r = await reconciler.reconcileOnce();
    expect(r).toMatchObject({ updated: 2, created: 0, expired: 0 });
    const after = await ours();
    expect(after.map((s) => s.id).sort()).toEqual(before);
    expect(after.every((s) => Date.parse(s.endsAt) === Date.parse(newEnd))).toBe(true);
  });

  it('replaces a silence whose matchers changed with the service', async () => {
    const before = await ours();
    const res = await app.inject({
      method: 'PATCH',
      url: '/api/v1/services/web',
      headers: auth(),
      payload: {
        matcherSets: [
          [{ name: 'job', value: 'web', isRegex: false, isEqual: true }],
          [
            { name: 'service', value: 'web-.*', isRegex: true, isEqual: true },
            { name: 'env', value: 'staging', isRegex: false, isEqual: false },
            { name: 'zone', value: 'lab', isRegex: false, isEqual: false },
          ],
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    expect(await reconciler.reconcileOnce()).toMatchObject({
      created: 1,
      expired: 1,
      unchanged: 1,
      errors: [],
    });
    const after = await ours();
    expect(after).toHaveLength(2);
    const kept = after.filter((s) => before.some((b) => b.id === s.id));
    expect(kept).toHaveLength(1);
    expect(kept[0].comment).toContain('set=0');
  });

  it('leaves silences it does not own alone', async () => {
    const r = await fetch(`${am.url}/api/v2/silences`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        matchers: [{ name: 'job', value: 'db', isRegex: false, isEqual: true }],
        startsAt: new Date().toISOString(),
        endsAt: new Date(Date.now() + HOUR).toISOString(),
        createdBy: 'alice',
        comment: 'manual [statusboard event=fake set=0]',
      }),
    });
    expect(r.ok).toBe(true);
    const res = await reconciler.reconcileOnce();
    expect(res.expired).toBe(0);
    expect((await liveSilences(am)).some((s) => s.createdBy === 'alice')).toBe(true);
  });

  it('previews the firing alerts a service would silence, without writing anything', async () => {
    const alerts = [
      { labels: { alertname: 'HighLatency', job: 'web' } },
      { labels: { alertname: 'Down', service: 'web-eu', env: 'prod' } },
      { labels: { alertname: 'Down', service: 'web-eu', env: 'staging' } },
      { labels: { alertname: 'DiskFull', job: 'db' } },
    ];
    const posted = await fetch(`${am.url}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alerts),
    });
    expect(posted.ok).toBe(true);
    const before = (await liveSilences(am)).length;
    const res = await app.inject({ method: 'GET', url: '/api/v1/services/web/preview', headers: auth() });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(4);
    const hits = body.alerts.map((a: { labels: Record<string, string>; matcherSets: number[] }) => [
      a.labels.alertname,
      a.labels.env ?? '',
      a.matcherSets,
    ]);
    expect(hits.sort()).toEqual([
      ['Down', 'prod', [1]],
      ['HighLatency', '', [0]],
    ]);
    expect((await liveSilences(am)).length).toBe(before);
  });

  it('recreates silences Alertmanager lost to kill -9 within one reconcile period', async () => {
    const interval = 2;
    const loop = await testStack(t, [am.url], { intervalSeconds: interval, clock });
    loop.reconciler.start();
    try {
      await waitFor('the first timer pass', async () => loop.reconciler.lastResult?.unchanged === 2);
      await kill9(am);
      await restart(am);
      // Alertmanager snapshots silences only every 15 minutes: ours are gone.
      expect(await ours()).toHaveLength(0);
      const t0 = Date.now();
      await waitFor('silences to come back', async () => (await ours()).length === 2, 10_000);
      expect(Date.now() - t0).toBeLessThan(interval * 1000 + 1000);
    } finally {
      await loop.reconciler.stop();
      await loop.app.close();
    }
    const ev = await getEvent(eventId);
    expect(ev.silenceStatus).toBe('held');
    expect([...ev.silenceIds].sort()).toEqual((await ours()).map((s) => s.id).sort());
  });

  it('expires the silences when the event ends', async () => {
    const res = await app.inject({ method: 'POST', url: `/api/v1/events/${eventId}/end`, headers: auth() });
    expect(res.statusCode).toBe(200);
    const r = await reconciler.reconcileOnce();
    expect(r).toMatchObject({ desired: 0, expired: 2 });
    expect(await ours()).toHaveLength(0);
    expect((await getEvent(eventId)).silenceIds).toEqual([]);
  });

  it("holds a recurring window's silence until the end of the current occurrence", async () => {
    const start = new Date(Math.floor(clock.now.getTime() / 60_000) * 60_000 - HOUR);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: auth(),
      payload: {
        service: 'web',
        title: 'nightly',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
        recurrence: { rrule: 'FREQ=DAILY', timezone: 'Europe/Berlin' },
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      state: 'active',
      window: { endsAt: new Date(start.getTime() + 2 * HOUR).toISOString() },
    });
    expect(await reconciler.reconcileOnce()).toMatchObject({ created: 2, errors: [] });
    const mine = (await ours()).filter((s) => s.comment.startsWith('nightly'));
    expect(mine).toHaveLength(2);
    expect(mine.every((s) => Date.parse(s.endsAt) === start.getTime() + 2 * HOUR)).toBe(true);
    await app.inject({ method: 'POST', url: `/api/v1/events/${res.json().id}/end`, headers: auth() });
    expect(await reconciler.reconcileOnce()).toMatchObject({ expired: 2 });
  });

  it('accepts events while Alertmanager is down, then catches up', async () => {
    await kill9(am);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: auth(),
      payload: {
        service: 'web',
        title: 'during outage',
        endsAt: new Date(clock.now.getTime() + HOUR).toISOString(),
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().silenceStatus).toBe('pending');
    await expect(reconciler.reconcileOnce()).rejects.toThrow();
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'degraded', alertmanager: { status: 'down' } });
    const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/statusboard_reconcile_errors_total [1-9]/);
    expect(metrics).toMatch(/statusboard_alertmanager_up\{peer="http:\/\/127\.0\.0\.1:\d+"\} 0/);
    await restart(am);
    const r = await reconciler.reconcileOnce();
    expect(r.created).toBe(2);
    expect((await getEvent(res.json().id)).silenceStatus).toBe('held');
    const after = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(after).toMatch(/statusboard_service_maintenance\{service="web"\} 1/);
    expect(after).toMatch(/statusboard_silences_managed 2/);
    expect(after).toMatch(/statusboard_events_active\{mode="maintenance"\} 1/);
  });
});
