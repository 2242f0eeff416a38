/**
 * /healthz (liveness: the process answers), /readyz (the database answers; Alertmanager is reported
 * beside it but does not make us unready, since events are still accepted while it is down) and /metrics.
 */
import { sql } from 'kysely';
import type { FastifyPluginAsync } from 'fastify';
import type { Ctx } from './context';

export const healthRoutes =
  (ctx: Ctx): FastifyPluginAsync =>
  async (app) => {
    app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

    app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
      let database = 'ok';
      try {
        await sql`select 1`.execute(ctx.db.kysely);
      } catch (err) {
        database = `down: ${(err as Error).message}`;
      }
      const alertmanager = ctx.alertmanager
        ? { configured: true, peers: await ctx.alertmanager.probeAll() }
        : { configured: false, peers: [] };
      const amUp = !ctx.alertmanager || alertmanager.peers.some((p) => p.up);
      const ready = database === 'ok';
      return reply.code(ready ? 200 : 503).send({
        status: ready ? (amUp ? 'ready' : 'degraded') : 'unready',
        database,
        alertmanager: { ...alertmanager, status: !ctx.alertmanager ? 'off' : amUp ? 'up' : 'down' },
      });
    });

    app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
      const body = await ctx.metrics.registry.metrics();
      return reply.type(ctx.metrics.registry.contentType).send(body);
    });
  };
