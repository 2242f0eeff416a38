/**
 * The append-only audit log: who did what, when, with the entity before and after. Written in the same
 * transaction as the change it describes, so the log and the data cannot disagree. The database refuses
 * UPDATE and DELETE on it (see migrations.ts).
 */
import type { Kysely, Transaction } from 'kysely';
import { decodeCursor, encodeCursor } from './cursor';
import type { Database } from './tables';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditInput {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  input: AuditInput,
  at: Date
): Promise<void> {
  await db
    .insertInto('audit')
    .values({
      at: at.toISOString(),
      actor: input.actor,
      action: input.action,
      entity: input.entity,
      entity_id: input.entityId,
      before: input.before === undefined ? null : JSON.stringify(input.before),
      after: input.after === undefined ? null : JSON.stringify(input.after),
    })
    .execute();
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  limit: number;
  cursor?: string;
}

/** Newest first. */
export async function listAudit(
  db: Kysely<Database>,
  q: AuditQuery
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  let query = db
    .selectFrom('audit')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
  if (q.entity) query = query.where('entity', '=', q.entity);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.cursor) query = query.where('id', '<', Number(decodeCursor(q.cursor, 1)[0]));
  const rows = await query.execute();
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before == null ? null : (JSON.parse(r.before) as unknown),
      after: r.after == null ? null : (JSON.parse(r.after) as unknown),
    })),
    nextCursor: rows.length > q.limit ? encodeCursor([Number(page[page.length - 1].id)]) : null,
  };
}
