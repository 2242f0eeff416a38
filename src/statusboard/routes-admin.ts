import type { FastifyReply } from 'fastify';
/** /api/v1/tokens and /api/v1/audit: token management (admin) and the audit log. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from './auth';
import { listAudit } from './audit';
import type { Ctx } from './context';
import { idempotent } from './idempotent-route';
import { AuditQuery, ErrorSchema, IdParams, TokenInputSchema } from './schemas';

export const adminRoutes =
  (ctx: Ctx): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/tokens',
      {
        schema: {
          tags: ['admin'],
          summary: 'Create a token; its secret is returned only now',
          body: TokenInputSchema,
          response: { '4xx': ErrorSchema },
        },
      },
      async (req, reply) => {
        const p = await ctx.auth.admin(req);
        await idempotent(ctx, req, reply as unknown as FastifyReply, p.tokenId, async () => ({
          status: 201,
          body: await ctx.tokens.create(req.body, actorOf(p), ctx.clock()),
        }));
        return reply;
      }
    );

    app.get('/tokens', { schema: { tags: ['admin'] } }, async (req) => {
      await ctx.auth.admin(req);
      return { items: await ctx.tokens.list() };
    });

    app.delete('/tokens/:id', { schema: { tags: ['admin'], params: IdParams } }, async (req) => {
      const p = await ctx.auth.admin(req);
      return ctx.tokens.revoke(req.params.id, actorOf(p), ctx.clock());
    });

    app.get('/whoami', { schema: { tags: ['admin'] } }, async (req) => {
      const p = await ctx.auth.principal(req);
      return p ? { name: p.name, role: p.role, teams: p.teams } : { name: null, role: null, teams: [] };
    });

    app.get(
      '/audit',
      {
        schema: {
          tags: ['admin'],
          summary: 'The append-only audit log, newest first',
          querystring: AuditQuery,
          response: {
            200: Type.Object({
              items: Type.Array(Type.Unknown()),
              nextCursor: Type.Union([Type.String(), Type.Null()]),
            }),
          },
        },
      },
      async (req) => {
        await ctx.auth.read(req);
        return listAudit(ctx.db.kysely, req.query);
      }
    );
  };
