/** Wraps a POST handler with Idempotency-Key replay (see idempotency.ts). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from './context';
import { AppError } from './errors';
import { requestHash, type StoredResponse } from './idempotency';

export async function idempotent(
  ctx: Ctx,
  req: FastifyRequest,
  reply: FastifyReply,
  actor: string,
  work: () => Promise<StoredResponse>
): Promise<void> {
  const raw = req.headers['idempotency-key'];
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (key === undefined) {
    const res = await work();
    reply.code(res.status).send(res.body);
    return;
  }
  if (key.length === 0 || key.length > 200)
    throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 1-200 characters');
  const hash = requestHash(req.method, req.url, req.body);
  const stored = await ctx.idempotency.begin(actor, key, hash, ctx.clock());
  if (stored) {
    reply.code(stored.status).header('idempotent-replayed', 'true').send(stored.body);
    return;
  }
  let res: StoredResponse;
  try {
    res = await work();
  } catch (err) {
    await ctx.idempotency.abandon(actor, key);
    throw err;
  }
  await ctx.idempotency.finish(actor, key, res);
  reply.code(res.status).send(res.body);
}
