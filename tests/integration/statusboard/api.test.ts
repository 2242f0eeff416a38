/**
 * The REST API against both real databases: the same suite runs on SQLite and on PostgreSQL.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdempotencyStore, hashToken } from '../../../src/statusboard';
import { ADMIN, DB_KINDS, auth, openTestDb, testApp, type TestClock, type TestDb } from './support';

const HOUR = 3_600_000;
const web = {
  name: 'web',
  team: 'platform',
  description: 'the web frontend',
  matcherSets: [
    [{ name: 'job', value: 'web', isRegex: false, isEqual: true }],
    [
      { name: 'service', value: 'web-.*', isRegex: true, isEqual: true },
      { name: 'env', value: 'staging', isRegex: false, isEqual: false },
    ],
  ],
};

describe.each(DB_KINDS)('StatusBoard API on %s', (kind) => {
  let t: TestDb;
  let app: FastifyInstance;
  let clock: TestClock;
  let changes = 0;

  beforeAll(async () => {
    t = await openTestDb(kind);
    ({ app, clock } = await testApp(t, { onChange: () => changes++ }));
  });
  afterAll(async () => {
    await app?.close();
    await t?.cleanup();
  });

  const post = (url: string, payload: unknown, token = ADMIN, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers: { ...auth(token), ...headers } });
  const get = (url: string, token: string | null = ADMIN) =>
    app.inject({ method: 'GET', url, headers: token ? auth(token) : {} });
  const iso = (msFromNow: number) => new Date(clock.now.getTime() + msFromNow).toISOString();

  it('answers /healthz, /readyz (Alertmanager off) and /metrics', async () => {
    expect((await get('/healthz', null)).json()).toEqual({ status: 'ok' });
    const ready = await get('/readyz', null);
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: 'ok', alertmanager: { status: 'off' } });
    const metrics = await get('/metrics', null);
    expect(metrics.body).toContain('statusboard_http_request_duration_seconds');
  });

  it('refuses writes without a valid token with stable codes', async () => {
    const none = await app.inject({ method: 'POST', url: '/api/v1/services', payload: web });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('UNAUTHENTICATED');
    const wrong = await post('/api/v1/services', web, 'nope');
    expect(wrong.statusCode).toBe(401);
    const reads = await get('/api/v1/events', null);
    expect(reads.statusCode).toBe(401);
  });

  it('creates a service, refuses duplicates and dangerous matchers', async () => {
    const res = await post('/api/v1/services', web);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'web', team: 'platform', matcherSets: web.matcherSets });
    expect((await post('/api/v1/services', web)).json().error.code).toBe('SERVICE_EXISTS');

    const bad = async (matcherSets: unknown) => {
      const r = await post('/api/v1/services', { name: 'x', team: 'platform', matcherSets });
      expect(r.statusCode).toBe(400);
      return r.json().error.code as string;
    };
    expect(await bad([])).toBe('INVALID_MATCHERS');
    expect(await bad([[]])).toBe('INVALID_MATCHERS');
    expect(await bad([[{ name: 'job', value: 'web', isRegex: false, isEqual: false }]])).toBe(
      'INVALID_MATCHERS'
    );
    expect(await bad([[{ name: 'job', value: '.*', isRegex: true, isEqual: true }]])).toBe(
      'INVALID_MATCHERS'
    );
    expect(await bad([[{ name: 'k8s.pod', value: 'a', isRegex: false, isEqual: true }]])).toBe(
      'INVALID_MATCHERS'
    );
    expect(await bad([[{ name: 'job', value: '(', isRegex: true, isEqual: true }]])).toBe('INVALID_MATCHERS');
    expect(await bad([[{ name: 'job', value: 'a', isRegex: false, isEqual: true, extra: 1 }]])).toBe(
      'VALIDATION_FAILED'
    );
  });

  it('turns malformed and oversized bodies into 4xx, never 5xx', async () => {
    const badJson = await app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: { ...auth(), 'content-type': 'application/json' },
      payload: '{"service": ',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.code).toBe('INVALID_JSON');
    const big = await post('/api/v1/services', { ...web, description: 'x'.repeat(300_000) });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const text = await app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: { ...auth(), 'content-type': 'application/xml' },
      payload: '<event/>',
    });
    expect(text.statusCode).toBe(415);
    expect((await get('/api/v1/nothing')).json().error.code).toBe('NOT_FOUND');
    const nul = await post('/api/v1/services', { ...web, name: 'nul', team: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
    expect((await get('/api/v1/events?service=a%00b')).statusCode).toBe(400);
    expect((await get('/api/v1/events?limit=0')).json().error.code).toBe('VALIDATION_FAILED');
    expect((await get('/api/v1/events?cursor=zzz')).json().error.code).toBe('INVALID_CURSOR');
    expect((await get('/api/v1/events/does-not-exist')).json().error.code).toBe('EVENT_NOT_FOUND');
  });

  let eventId = '';
  it('creates an active maintenance event whose silences are off without an Alertmanager', async () => {
    changes = 0;
    const res = await post('/api/v1/events', { service: 'web', title: 'deploy', endsAt: iso(2 * HOUR) });
    expect(res.statusCode).toBe(201);
    const ev = res.json();
    expect(ev).toMatchObject({
      service: 'web',
      mode: 'maintenance',
      state: 'active',
      silenceIds: [],
      silenceStatus: 'off',
      createdBy: expect.stringContaining('admin'),
    });
    expect(changes).toBe(1);
    eventId = ev.id;
  });

  it('validates event times and services', async () => {
    const code = async (body: object) => (await post('/api/v1/events', body)).json().error.code;
    expect(await code({ service: 'web', title: 't', startsAt: iso(HOUR), endsAt: iso(30 * 60_000) })).toBe(
      'INVALID_TIME_RANGE'
    );
    expect(await code({ service: 'web', title: 't', endsAt: iso(-HOUR) })).toBe('INVALID_TIME_RANGE');
    expect(await code({ service: 'web', title: 't', endsAt: iso(1000 * HOUR) })).toBe('DURATION_TOO_LONG');
    expect(await code({ service: 'nope', title: 't', endsAt: iso(HOUR) })).toBe('SERVICE_NOT_FOUND');
    expect(await code({ service: 'web', title: 't', endsAt: 'tomorrow' })).toBe('VALIDATION_FAILED');
    expect(await code({ service: 'web', title: 't' })).toBe('VALIDATION_FAILED');
    expect(await code({ service: 'web', title: 't', endsAt: iso(HOUR), durationSeconds: 60 })).toBe(
      'VALIDATION_FAILED'
    );
    const byDuration = (
      await post('/api/v1/events', { service: 'web', title: 'd', startsAt: iso(0), durationSeconds: 5400 })
    ).json();
    expect(Date.parse(byDuration.endsAt) - Date.parse(byDuration.startsAt)).toBe(5_400_000);
    await post(`/api/v1/events/${byDuration.id}/cancel`, undefined);
    expect(
      await code({
        service: 'web',
        title: 't',
        endsAt: iso(HOUR),
        recurrence: { rrule: 'FREQ=WEEKLY', timezone: 'Mars/Base' },
      })
    ).toBe('INVALID_RECURRENCE');
  });

  it('extends, ends and refuses to end twice', async () => {
    const ext = await app.inject({
      method: 'PATCH',
      url: `/api/v1/events/${eventId}`,
      headers: auth(),
      payload: { endsAt: iso(4 * HOUR) },
    });
    expect(ext.statusCode).toBe(200);
    expect(ext.json().endsAt).toBe(iso(4 * HOUR));
    clock.advance(60_000);
    const end = await post(`/api/v1/events/${eventId}/end`, undefined);
    expect(end.statusCode).toBe(200);
    expect(end.json()).toMatchObject({
      state: 'ended',
      endsAt: clock.now.toISOString(),
      silenceStatus: 'none',
    });
    const again = await post(`/api/v1/events/${eventId}/end`, undefined);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('EVENT_NOT_CHANGEABLE');
  });

  it('cancels a scheduled event', async () => {
    const ev = (
      await post('/api/v1/events', {
        service: 'web',
        title: 'later',
        startsAt: iso(HOUR),
        endsAt: iso(2 * HOUR),
      })
    ).json();
    expect(ev.state).toBe('scheduled');
    const c = await post(`/api/v1/events/${ev.id}/cancel`, undefined);
    expect(c.json()).toMatchObject({ state: 'cancelled' });
  });

  it('replays a POST with the same Idempotency-Key instead of creating twice', async () => {
    const body = { service: 'web', title: 'ci deploy 42', endsAt: iso(HOUR) };
    const first = await post('/api/v1/events', body, ADMIN, { 'idempotency-key': 'ci-42' });
    const second = await post('/api/v1/events', body, ADMIN, { 'idempotency-key': 'ci-42' });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    const titles = (await get('/api/v1/events?limit=500'))
      .json()
      .items.filter((e: { title: string }) => e.title === 'ci deploy 42');
    expect(titles).toHaveLength(1);
    const other = await post('/api/v1/events', { ...body, title: 'other' }, ADMIN, {
      'idempotency-key': 'ci-42',
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // A failed request releases its key.
    const failed = await post('/api/v1/events', { ...body, service: 'nope' }, ADMIN, {
      'idempotency-key': 'ci-43',
    });
    expect(failed.statusCode).toBe(404);
    const retried = await post('/api/v1/events', body, ADMIN, { 'idempotency-key': 'ci-43' });
    expect(retried.statusCode).toBe(201);
  });

  it('forgets idempotency keys after the retention period', async () => {
    const store = new IdempotencyStore(t.db.kysely);
    const before = await t.db.kysely.selectFrom('idempotency').select('key').execute();
    expect(before.map((r) => r.key)).toContain('ci-42');
    expect(await store.prune(new Date(clock.now.getTime() - 60_000))).toBe(0);
    expect(await store.prune(new Date(clock.now.getTime() + 60_000))).toBe(before.length);
    // The key is free again: the same body creates a new event.
    const again = await post(
      '/api/v1/events',
      { service: 'web', title: 'ci deploy 42', endsAt: iso(HOUR) },
      ADMIN,
      {
        'idempotency-key': 'ci-42',
      }
    );
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    await post(`/api/v1/events/${again.json().id}/cancel`, undefined);
  });

  it('lets only one of two concurrent requests with the same key create', async () => {
    const body = { service: 'web', title: 'race', endsAt: iso(HOUR) };
    const [a, b] = await Promise.all([
      post('/api/v1/events', body, ADMIN, { 'idempotency-key': 'race-1' }),
      post('/api/v1/events', body, ADMIN, { 'idempotency-key': 'race-1' }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect([
      [201, 201],
      [201, 409],
    ]).toContainEqual(codes);
    const races = (await get('/api/v1/events?limit=500'))
      .json()
      .items.filter((e: { title: string }) => e.title === 'race');
    expect(races).toHaveLength(1);
    await post(`/api/v1/events/${races[0].id}/cancel`, undefined);
  });

  it('filters by service and activity and pages with cursors', async () => {
    await post('/api/v1/services', { ...web, name: 'db', team: 'data' });
    for (let i = 0; i < 5; i++)
      await post('/api/v1/events', {
        service: 'db',
        title: `db ${i}`,
        startsAt: iso(i * 1000),
        endsAt: iso(HOUR + i),
      });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = `/api/v1/events?service=db&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await get(q)).json();
      seen.push(...page.items.map((e: { id: string }) => e.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    const active = (await get('/api/v1/events?service=db&active=true&limit=500')).json().items;
    expect(active.map((e: { title: string }) => e.title).sort()).toEqual(['db 0']);
    const all = (await get('/api/v1/events?active=false&limit=500')).json().items;
    expect(all.every((e: { state: string }) => e.state !== 'active')).toBe(true);
  });

  it('keeps tokens hashed, and lets editors manage only their teams', async () => {
    const created = await post('/api/v1/tokens', { name: 'ci-data', role: 'editor', teams: ['data'] });
    expect(created.statusCode).toBe(201);
    const secret = created.json().token as string;
    const rows = await t.db.kysely.selectFrom('tokens').select(['hash']).execute();
    expect(rows.map((r) => r.hash)).toContain(hashToken(secret));
    expect(rows.map((r) => r.hash)).not.toContain(secret);

    expect(
      (await post('/api/v1/events', { service: 'db', title: 'x', endsAt: iso(HOUR) }, secret)).statusCode
    ).toBe(201);
    const foreign = await post('/api/v1/events', { service: 'web', title: 'x', endsAt: iso(HOUR) }, secret);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('FORBIDDEN');
    expect((await post('/api/v1/tokens', { name: 'x', role: 'admin' }, secret)).statusCode).toBe(403);

    const viewerToken = (await post('/api/v1/tokens', { name: 'ro', role: 'viewer' })).json();
    const viewer = viewerToken.token as string;
    expect((await get('/api/v1/events', viewer)).statusCode).toBe(200);
    expect(
      (await post('/api/v1/events', { service: 'db', title: 'x', endsAt: iso(HOUR) }, viewer)).statusCode
    ).toBe(403);
    // Revocation takes effect at once, despite the authentication cache.
    const del = await app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${viewerToken.id}`,
      headers: auth(),
    });
    expect(del.json().revokedAt).not.toBeNull();
    expect((await get('/api/v1/events', viewer)).statusCode).toBe(401);
  });

  it('keeps an append-only audit log with before and after', async () => {
    const page = (await get(`/api/v1/audit?entityId=${eventId}`)).json();
    const actions = page.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['event.end', 'event.update', 'event.create']);
    const update = page.items[1];
    expect(update.before.ends_at).not.toBe(update.after.ends_at);
    await expect(sql`update audit set actor = 'mallory'`.execute(t.db.kysely)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit`.execute(t.db.kysely)).rejects.toThrow(/append-only/);
  });

  it('answers arbitrary JSON with 2xx or 4xx, never 5xx', async () => {
    const matcher = fc.record(
      { name: fc.string(), value: fc.string(), isRegex: fc.boolean(), isEqual: fc.boolean() },
      { requiredKeys: [] }
    );
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          name: fc.string(),
          team: fc.string(),
          service: fc.constantFrom('web', 'db', 'nope', ''),
          title: fc.string(),
          endsAt: fc.oneof(
            fc.string(),
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
          ),
          startsAt: fc.oneof(
            fc.string(),
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
          ),
          durationSeconds: fc.oneof(fc.integer(), fc.double()),
          mode: fc.string(),
          matcherSets: fc.array(fc.array(matcher, { maxLength: 3 }), { maxLength: 3 }),
          recurrence: fc.record({
            rrule: fc.constantFrom('FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=SU', 'x', ''),
            timezone: fc.constantFrom('Europe/Berlin', 'UTC', 'Nowhere'),
          }),
        },
        { requiredKeys: [] }
      )
    );
    const target = fc.constantFrom(
      'POST /api/v1/services',
      'POST /api/v1/events',
      `PATCH /api/v1/events/${eventId}`,
      'PATCH /api/v1/services/web'
    );
    await fc.assert(
      fc.asyncProperty(target, body, async (route, payload) => {
        const [method, url] = route.split(' ') as ['POST' | 'PATCH', string];
        const res = await app.inject({
          method,
          url,
          headers: { ...auth(), 'content-type': 'application/json' },
          payload: JSON.stringify(payload),
        });
        expect(res.statusCode, `${route} ${JSON.stringify(payload)} -> ${res.body}`).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
      }),
      { numRuns: 150 }
    );
  });

  it('serves reads without a token when reads are public, never writes', async () => {
    const pub = await testApp(t, { config: { publicReads: true }, clock });
    try {
      const list = await pub.app.inject({ method: 'GET', url: '/api/v1/events?service=web' });
      expect(list.statusCode).toBe(200);
      expect(list.json().items.length).toBeGreaterThan(0);
      const write = await pub.app.inject({
        method: 'POST',
        url: '/api/v1/services',
        payload: { ...web, name: 'pub' },
      });
      expect(write.statusCode).toBe(401);
      // A wrong token is still an error, even on a public read.
      const wrong = await pub.app.inject({ method: 'GET', url: '/api/v1/events', headers: auth('wrong') });
      expect(wrong.statusCode).toBe(401);
    } finally {
      await pub.app.close();
    }
  });

  it('serves the OpenAPI document at /api/docs', async () => {
    const doc = await get('/api/docs/json', null);
    expect(doc.statusCode).toBe(200);
    expect(Object.keys(doc.json().paths)).toEqual(
      expect.arrayContaining(['/api/v1/events', '/api/v1/events/{id}/end'])
    );
  });
});
