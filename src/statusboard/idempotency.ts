/**
 * `Idempotency-Key` on POST: a retried CI call with the same key (per token) gets the first response back
 * instead of creating a second event. The key is reserved before the work starts (a row with status 0),
 * so two concurrent retries cannot both create; the same key with a different body is the caller's bug.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from './errors';
import type { Database } from './tables';

export interface StoredResponse {
  status: number;
  body: unknown;
}

export const requestHash = (method: string, url: string, body: unknown): string =>
  createHash('sha256')
    .update(`${method} ${url}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');

export class IdempotencyStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Reserves the key; returns the stored response when this request was already answered. */
  async begin(actor: string, key: string, hash: string, now: Date): Promise<StoredResponse | null> {
    const inserted = await this.db
      .insertInto('idempotency')
      .values({ actor, key, request_hash: hash, status: 0, body: 'null', created_at: now.toISOString() })
      .onConflict((oc) => oc.columns(['actor', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return null;
    const r = await this.db
      .selectFrom('idempotency')
      .selectAll()
      .where('actor', '=', actor)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    if (r.request_hash !== hash)
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request');
    if (r.status === 0)
      throw new AppError(
        'IDEMPOTENCY_IN_PROGRESS',
        'a request with this Idempotency-Key is still running; retry'
      );
    return { status: r.status, body: JSON.parse(r.body) as unknown };
  }

  async finish(actor: string, key: string, res: StoredResponse): Promise<void> {
    await this.db
      .updateTable('idempotency')
      .set({ status: res.status, body: JSON.stringify(res.body) })
      .where('actor', '=', actor)
      .where('key', '=', key)
      .execute();
  }

  /** Forgets keys older than `before` (main.ts keeps 24 h): retries come within minutes, not days. */
  async prune(before: Date): Promise<number> {
    const r = await this.db
      .deleteFrom('idempotency')
      .where('created_at', '<', before.toISOString())
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** A failed request releases its key, so the caller may retry it. */
  async abandon(actor: string, key: string): Promise<void> {
    await this.db
      .deleteFrom('idempotency')
      .where('actor', '=', actor)
      .where('key', '=', key)
      .where('status', '=', 0)
      .execute();
  }
}
