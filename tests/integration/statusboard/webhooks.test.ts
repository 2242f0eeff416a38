/**
 * Webhooks on event start and end, delivered to a real loopback receiver, retried after a failure,
 * sent once per transition even across passes. Runs without Alertmanager: notifications do not need it.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EventStore,
  Metrics,
  Reconciler,
  WebhookNotifier,
  type WebhookPayload,
} from '../../../src/statusboard';
import { freePort, waitFor } from './alertmanager-process';
import { auth, openTestDb, testApp, TestClock, type TestDb } from './support';

const HOUR = 3_600_000;

describe('webhooks', () => {
  let t: TestDb;
  let server: Server;
  let url = '';
  const received: WebhookPayload[] = [];
  let failNext = 1;

  beforeAll(async () => {
    t = await openTestDb('sqlite');
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (failNext > 0) {
          failNext--;
          res.writeHead(503).end();
          return;
        }
        received.push(JSON.parse(body) as WebhookPayload);
        res.writeHead(204).end();
      });
    });
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    url = `http://127.0.0.1:${port}/hook`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    server?.close();
    await t?.cleanup();
  });

  it('announces start and end once each, retrying a failed delivery', async () => {
    const clock = new TestClock(new Date('2030-01-01T10:00:00Z'));
    const { app } = await testApp(t, { clock });
    const events = new EventStore(t.db.kysely, { maxDurationMs: 24 * HOUR });
    const metrics = new Metrics();
    const webhooks = new WebhookNotifier({ urls: [url], events, metrics, clock: clock.fn, backoffMs: 20 });
    const reconciler = new Reconciler({
      db: t.db.kysely,
      events,
      clock: clock.fn,
      metrics,
      intervalSeconds: 30,
      afterPass: (now, active) => webhooks.afterPass(now, active),
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/services',
      headers: auth(),
      payload: {
        name: 'web',
        team: 't',
        matcherSets: [[{ name: 'job', value: 'web', isRegex: false, isEqual: true }]],
      },
    });
    const ev = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/events',
        headers: auth(),
        payload: {
          service: 'web',
          title: 'window',
          startsAt: '2030-01-01T11:00:00Z',
          endsAt: '2030-01-01T12:00:00Z',
        },
      })
    ).json();

    await reconciler.reconcileOnce();
    await webhooks.drain();
    expect(received).toHaveLength(0); // scheduled, nothing to say yet

    clock.advance(HOUR + 1);
    await reconciler.reconcileOnce();
    await reconciler.reconcileOnce();
    await webhooks.drain();
    expect(received.map((r) => r.type)).toEqual(['event.started']);
    expect(received[0].event).toMatchObject({ id: ev.id, service: 'web', state: 'active' });
    expect(failNext).toBe(0); // the first attempt got a 503 and was retried

    clock.advance(HOUR);
    await reconciler.reconcileOnce();
    await reconciler.reconcileOnce();
    await webhooks.drain();
    expect(received.map((r) => r.type)).toEqual(['event.started', 'event.ended']);
    expect(received[1].event).toMatchObject({ id: ev.id, state: 'ended' });
    await waitFor('no more deliveries', async () => received.length === 2);
    await app.close();
  });
});
