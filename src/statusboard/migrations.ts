/**
 * Schema migrations, run at start by Kysely's Migrator (which takes a lock, so two replicas starting
 * together on PostgreSQL do not race). Migrations are code, not files, so the bundle needs no loader.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Dialect } from './db';

function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001_init': {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable('services')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('team', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('matcher_sets', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('events')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
          .addColumn('mode', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('ticket_url', 'text')
          .addColumn('starts_at', 'text', (c) => c.notNull())
          .addColumn('ends_at', 'text', (c) => c.notNull())
          .addColumn('recurrence', 'text')
          .addColumn('last_ends_at', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('ended_at', 'text')
          .addColumn('cancelled_at', 'text')
          .addColumn('notified_start', 'text')
          .addColumn('notified_end', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        // The list endpoint pages by (starts_at desc, id); the reconciler scans open events.
        await db.schema.createIndex('events_starts_at').on('events').columns(['starts_at', 'id']).execute();
        await db.schema
          .createIndex('events_service')
          .on('events')
          .columns(['service_id', 'starts_at'])
          .execute();
        await db.schema.createIndex('events_last_ends_at').on('events').column('last_ends_at').execute();
        await db.schema
          .createTable('silences')
          .addColumn('event_id', 'text', (c) => c.notNull())
          .addColumn('set_index', 'integer', (c) => c.notNull())
          .addColumn('silence_id', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('silences_pk', ['event_id', 'set_index'])
          .execute();
        await db.schema
          .createTable('tokens')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull().unique())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('teams', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .execute();
        await db.schema
          .createTable('audit')
          .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()
          )
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('entity', 'text', (c) => c.notNull())
          .addColumn('entity_id', 'text', (c) => c.notNull())
          .addColumn('before', 'text')
          .addColumn('after', 'text')
          .execute();
        await db.schema
          .createTable('idempotency')
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('request_hash', 'text', (c) => c.notNull())
          .addColumn('status', 'integer', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('idempotency_pk', ['actor', 'key'])
          .execute();
        if (dialect === 'postgres') {
          // The audit log is append-only: refuse UPDATE and DELETE at the database, not just in code.
          await sql`create or replace function statusboard_audit_append_only() returns trigger as $$
            begin raise exception 'audit log is append-only'; end $$ language plpgsql`.execute(db);
          await sql`create trigger audit_append_only before update or delete on audit
            for each row execute function statusboard_audit_append_only()`.execute(db);
        } else {
          await sql`create trigger audit_no_update before update on audit
            begin select raise(abort, 'audit log is append-only'); end`.execute(db);
          await sql`create trigger audit_no_delete before delete on audit
            begin select raise(abort, 'audit log is append-only'); end`.execute(db);
        }
      },
    },
  };
}

export async function migrate(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  // Kysely looks for its bookkeeping tables in every schema; pin them to ours, or a copy in another
  // schema of the same database (another deployment, another test) would be mistaken for ours.
  const migrationTableSchema =
    dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0].s
      : undefined;
  const { error, results } = await new Migrator({ db, provider, migrationTableSchema }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}
