import type { FastifyReply } from 'fastify';
/** /api/v1/services: register services and their matcher sets; preview what they would silence. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, assertTeam } from './auth';
import type { Ctx } from './context';
import { AppError } from './errors';
import { idempotent } from './idempotent-route';
import { previewAlerts } from './preview';
import { ErrorSchema, NameParams, ServiceInputSchema, ServicePatchSchema, ServiceSchema } from './schemas';

export const servicesRoutes =
  (ctx: Ctx): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/services',
      {
        schema: {
          tags: ['services'],
          body: ServiceInputSchema,
          response: { 201: ServiceSchema, '4xx': ErrorSchema },
        },
      },
      async (req, reply) => {
        const p = await ctx.auth.write(req);
        assertTeam(p, req.body.team);
        await idempotent(ctx, req, reply as unknown as FastifyReply, p.tokenId, async () => ({
          status: 201,
          body: await ctx.services.create(req.body, actorOf(p), ctx.clock()),
        }));
        ctx.onChange();
        return reply;
      }
    );

    app.patch(
      '/services/:name',
      {
        schema: {
          tags: ['services'],
          params: NameParams,
          body: ServicePatchSchema,
          response: { 200: ServiceSchema, '4xx': ErrorSchema },
        },
      },
      async (req) => {
        const p = await ctx.auth.write(req);
        const current = await ctx.services.getByName(req.params.name);
        assertTeam(p, current.team);
        if (req.body.team !== undefined) assertTeam(p, req.body.team);
        const updated = await ctx.services.update(req.params.name, req.body, actorOf(p), ctx.clock());
        ctx.onChange();
        return updated;
      }
    );

    app.get(
      '/services',
      {
        schema: { tags: ['services'], response: { 200: Type.Object({ items: Type.Array(ServiceSchema) }) } },
      },
      async (req) => {
        await ctx.auth.read(req);
        return { items: await ctx.services.list() };
      }
    );

    app.get(
      '/services/:name',
      {
        schema: {
          tags: ['services'],
          params: NameParams,
          response: { 200: ServiceSchema, '4xx': ErrorSchema },
        },
      },
      async (req) => {
        await ctx.auth.read(req);
        return ctx.services.getByName(req.params.name);
      }
    );

    app.get(
      '/services/:name/preview',
      {
        schema: {
          tags: ['services'],
          summary: 'Dry run: the firing alerts a maintenance event of this service would silence',
          params: NameParams,
        },
      },
      async (req) => {
        await ctx.auth.read(req);
        const svc = await ctx.services.getByName(req.params.name);
        if (!ctx.alertmanager)
          throw new AppError(
            'ALERTMANAGER_UNAVAILABLE',
            'no Alertmanager configured (ALERTMANAGER_URL is unset)'
          );
        return previewAlerts(ctx.alertmanager, svc.matcherSets);
      }
    );
  };
