/**
 * High availability: a 2-node Alertmanager 0.25 cluster, client failover, and two StatusBoard replicas
 * on one PostgreSQL schema that must never hold duplicate silences.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertmanagerClient, AlertmanagerError } from '../../../src/statusboard';
import {
  freePort,
  kill9,
  liveSilences,
  restart,
  startAlertmanager,
  stopAll,
  waitFor,
  type AmNode,
} from './alertmanager-process';
import { auth, openTestDb, testStack, TestClock, type TestDb } from './support';

const HOUR = 3_600_000;
const matchers = [
  [{ name: 'job', value: 'api', isRegex: false, isEqual: true }],
  [{ name: 'job', value: 'api-worker', isRegex: false, isEqual: true }],
];

/** A loopback HTTP server that answers every request with `status` (or never, when status is 0). */
async function fakePeer(status: number): Promise<{ url: string; hits: () => number; server: Server }> {
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    req.resume();
    if (status === 0) return; // hang: the client must time out
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'fake' }));
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${port}`, hits: () => hits, server };
}

const silenceBody = (job: string) => ({
  matchers: [{ name: 'job', value: job, isRegex: false, isEqual: true }],
  startsAt: new Date().toISOString(),
  endsAt: new Date(Date.now() + HOUR).toISOString(),
  createdBy: 'test',
  comment: 'client test',
});

describe('Alertmanager client and a 2-node cluster', () => {
  let a: AmNode;
  let b: AmNode;
  const fakes: Server[] = [];

  beforeAll(async () => {
    a = await startAlertmanager({ clustered: true });
    b = await startAlertmanager({ peers: [`127.0.0.1:${a.clusterPort}`] });
  });
  afterAll(async () => {
    for (const s of fakes) {
      s.closeAllConnections();
      s.close();
    }
    await stopAll();
  });

  it('writes to one peer and the cluster gossips it to the other', async () => {
    const client = new AlertmanagerClient([a.url, b.url]);
    const id = await client.postSilence(silenceBody('gossip'));
    await waitFor('gossip to peer b', async () => (await liveSilences(b)).some((s) => s.id === id));
    const copies = [...(await liveSilences(a)), ...(await liveSilences(b))].filter(
      (s) => s.comment === 'client test'
    );
    expect(new Set(copies.map((s) => s.id)).size).toBe(1); // one silence, seen on both peers
    await client.expireSilence(id);
  });

  it('fails over on network errors, 5xx and timeouts, but not on 4xx', async () => {
    const dead = `http://127.0.0.1:${await freePort()}`;
    const broken = await fakePeer(503);
    const hanging = await fakePeer(0);
    const refusing = await fakePeer(422);
    fakes.push(broken.server, hanging.server, refusing.server);

    for (const first of [dead, broken.url, hanging.url]) {
      const ups: Array<[string, boolean]> = [];
      const client = new AlertmanagerClient([first, a.url], {
        timeoutMs: 300,
        retries: 0,
        onPeer: (u, up) => ups.push([u, up]),
      });
      const id = await client.postSilence(silenceBody('failover'));
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(ups).toEqual([
        [first, false],
        [a.url, true],
      ]);
      // It sticks to the healthy peer afterwards.
      await client.listSilences();
      expect(ups[ups.length - 1]).toEqual([a.url, true]);
      await client.expireSilence(id);
    }
    const strict = new AlertmanagerClient([refusing.url, a.url], { retries: 2 });
    const err = await strict.postSilence(silenceBody('nope')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AlertmanagerError);
    expect((err as AlertmanagerError).status).toBe(422);
    expect(refusing.hits()).toBe(1);
    expect(
      (await liveSilences(a)).some((s) => s.matchers.some((m) => (m as { value: string }).value === 'nope'))
    ).toBe(false);
  });

  it('retries with backoff and reports every peer down', async () => {
    const dead1 = `http://127.0.0.1:${await freePort()}`;
    const dead2 = `http://127.0.0.1:${await freePort()}`;
    const client = new AlertmanagerClient([dead1, dead2], { retries: 2, backoffMs: 100 });
    const t0 = Date.now();
    await expect(client.listSilences()).rejects.toBeInstanceOf(AlertmanagerError);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300); // 100 + 200 ms of backoff
    expect(client.peers.every((p) => !p.up)).toBe(true);
  });

  it('treats expiring an unknown silence as done', async () => {
    await new AlertmanagerClient([a.url]).expireSilence('0b7b3c5e-9d7c-4a40-9a55-1f7a1c0d6a11');
  });

  describe('two StatusBoard replicas on PostgreSQL', () => {
    let t: TestDb;
    let r1: Awaited<ReturnType<typeof testStack>>;
    let r2: Awaited<ReturnType<typeof testStack>>;

    beforeAll(async () => {
      t = await openTestDb('postgres');
      const clock = new TestClock();
      r1 = await testStack(t, [a.url, b.url], { leader: 'pg', intervalSeconds: 1, clock });
      r2 = await testStack(t, [b.url, a.url], {
        db: await t.reopen(),
        leader: 'pg',
        intervalSeconds: 1,
        clock,
      });
    });
    afterAll(async () => {
      await r1?.reconciler.stop();
      await r2?.reconciler.stop();
      await r1?.app.close();
      await r2?.app.close();
      await t?.cleanup();
    });

    const ours = async (node: AmNode) =>
      (await liveSilences(node)).filter((s) => s.createdBy === 'statusboard');

    it('holds exactly one silence per (event, matcher set), with one leader', async () => {
      const svc = await r1.app.inject({
        method: 'POST',
        url: '/api/v1/services',
        headers: auth(),
        payload: { name: 'api', team: 'core', matcherSets: matchers },
      });
      expect(svc.statusCode).toBe(201);
      r1.reconciler.start();
      r2.reconciler.start();
      // Events arrive through both replicas.
      const ids: string[] = [];
      for (const [i, r] of [r1, r2, r1, r2].entries()) {
        const res = await r.app.inject({
          method: 'POST',
          url: '/api/v1/events',
          headers: auth(),
          payload: {
            service: 'api',
            title: `deploy ${i}`,
            endsAt: new Date(Date.now() + HOUR).toISOString(),
          },
        });
        expect(res.statusCode).toBe(201);
        ids.push(res.json().id);
      }
      await waitFor(
        '8 silences on both peers',
        async () => (await ours(a)).length === 8 && (await ours(b)).length === 8
      );
      // Let several timer passes of both replicas run, then look again.
      await new Promise((r) => setTimeout(r, 2500));
      for (const node of [a, b]) {
        const silences = await ours(node);
        expect(silences).toHaveLength(8);
        expect(new Set(silences.map((s) => s.comment)).size).toBe(8);
      }
      const skipped = [r1, r2].map((r) => r.reconciler.lastResult?.skipped);
      expect(skipped.filter((s) => s === 'not-leader')).toHaveLength(1);
      // Both replicas report the same silence ids (they share the database).
      const e1 = (
        await r1.app.inject({ method: 'GET', url: `/api/v1/events/${ids[1]}`, headers: auth() })
      ).json();
      const e2 = (
        await r2.app.inject({ method: 'GET', url: `/api/v1/events/${ids[1]}`, headers: auth() })
      ).json();
      expect(e1.silenceStatus).toBe('held');
      expect(e2.silenceIds).toEqual(e1.silenceIds);
    });

    it('lets the other replica take over when the leader stops', async () => {
      const leader = r1.reconciler.lastResult?.skipped === 'not-leader' ? r2 : r1;
      const follower = leader === r1 ? r2 : r1;
      await leader.reconciler.stop();
      const res = await follower.app.inject({
        method: 'POST',
        url: '/api/v1/events',
        headers: auth(),
        payload: {
          service: 'api',
          title: 'after failover',
          endsAt: new Date(Date.now() + HOUR).toISOString(),
        },
      });
      expect(res.statusCode).toBe(201);
      await waitFor('10 silences', async () => (await ours(a)).length === 10, 10_000);
      expect(follower.reconciler.lastResult?.skipped).toBeUndefined();
    });

    it('keeps working through a kill -9 of one Alertmanager peer', async () => {
      const survivor = (await ours(a)).length;
      await kill9(a);
      const res = await r2.app.inject({
        method: 'POST',
        url: '/api/v1/events',
        headers: auth(),
        payload: { service: 'api', title: 'peer down', endsAt: new Date(Date.now() + HOUR).toISOString() },
      });
      expect(res.statusCode).toBe(201);
      await waitFor(
        'silences on the surviving peer',
        async () => (await ours(b)).length === survivor + 2,
        10_000
      );
      await restart(a);
      // a lost its silences to kill -9; gossip from b (or the reconciler) brings them back, without duplicates.
      await waitFor('a to catch up', async () => (await ours(a)).length === survivor + 2, 15_000);
      await new Promise((r) => setTimeout(r, 1500));
      expect(new Set((await ours(b)).map((s) => s.comment)).size).toBe((await ours(b)).length);
    });
  });
});
