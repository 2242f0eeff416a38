import type { FastifyReply } from 'fastify';
/** /api/v1/events: declare, list, extend, end and cancel maintenance windows. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, assertTeam } from './auth';
import type { Ctx } from './context';
import { idempotent } from './idempotent-route';
import {
  EventInputSchema,
  EventListQuery,
  EventPatchSchema,
  EventSchema,
  ErrorSchema,
  IdParams,
  Page,
} from './schemas';

export const eventsRoutes =
  (ctx: Ctx): FastifyPluginAsyncTypebox =>
  async (app) => {
    const one = { 200: EventSchema, '4xx': ErrorSchema };

    app.post(
      '/events',
      {
        schema: {
          tags: ['events'],
          body: EventInputSchema,
          response: { 201: EventSchema, 200: EventSchema, '4xx': ErrorSchema },
        },
      },
      async (req, reply) => {
        const p = await ctx.auth.write(req);
        const svc = await ctx.services.getByName(req.body.service);
        assertTeam(p, svc.team);
        await idempotent(ctx, req, reply as unknown as FastifyReply, p.tokenId, async () => {
          const ev = await ctx.events.create(req.body, actorOf(p), ctx.clock());
          ctx.onChange();
          return { status: 201, body: ev };
        });
        return reply;
      }
    );

    app.get(
      '/events',
      {
        schema: {
          tags: ['events'],
          querystring: EventListQuery,
          response: { 200: Page(EventSchema), '4xx': ErrorSchema },
        },
      },
      async (req) => {
        await ctx.auth.read(req);
        const now = ctx.clock();
        return ctx.listCache.get(JSON.stringify(req.query), now, () =>
          ctx.events.list(req.query, now)
        ) as ReturnType<typeof ctx.events.list>;
      }
    );

    app.get('/events/:id', { schema: { tags: ['events'], params: IdParams, response: one } }, async (req) => {
      await ctx.auth.read(req);
      return ctx.events.get(req.params.id, ctx.clock());
    });

    /** Write access is checked against the event's service team before anything changes. */
    const guarded = async (req: Parameters<Ctx['auth']['write']>[0], id: string) => {
      const p = await ctx.auth.write(req);
      const ev = await ctx.events.get(id, ctx.clock());
      assertTeam(p, ev.team);
      return p;
    };

    app.patch(
      '/events/:id',
      {
        schema: {
          tags: ['events'],
          summary: 'Extend (or retitle) an event',
          params: IdParams,
          body: EventPatchSchema,
          response: one,
        },
      },
      async (req) => {
        const p = await guarded(req, req.params.id);
        const ev = await ctx.events.update(req.params.id, req.body, actorOf(p), ctx.clock());
        ctx.onChange();
        return ev;
      }
    );

    app.post(
      '/events/:id/end',
      { schema: { tags: ['events'], summary: 'End an event now', params: IdParams, response: one } },
      async (req) => {
        const p = await guarded(req, req.params.id);
        const ev = await ctx.events.end(req.params.id, actorOf(p), ctx.clock());
        ctx.onChange();
        return ev;
      }
    );

    app.post(
      '/events/:id/cancel',
      { schema: { tags: ['events'], summary: 'Withdraw an event', params: IdParams, response: one } },
      async (req) => {
        const p = await guarded(req, req.params.id);
        const ev = await ctx.events.cancel(req.params.id, actorOf(p), ctx.clock());
        ctx.onChange();
        return ev;
      }
    );
  };
