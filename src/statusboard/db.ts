/**
 * Opens the database: PostgreSQL when a URL is given, else an embedded SQLite file (WAL mode, so
 * readers never wait for the reconciler's writes). Runs migrations before returning.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { Generation } from './micro-cache';
import { migrate } from './migrations';
import type { Database } from './tables';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL only: how to open one more connection (the leader lock holds its own). */
  pgConfig?: pg.ClientConfig;
  /** Bumped on every write through this process; read caches compare against it. */
  generation: Generation;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  databaseUrl?: string;
  sqlitePath: string;
  /** PostgreSQL schema to work in (tests isolate themselves this way); created when missing. */
  pgSchema?: string;
  poolSize?: number;
}

export async function openDb(opts: OpenDbOptions): Promise<Db> {
  let kysely: Kysely<Database>;
  let dialect: Dialect;
  let pgConfig: pg.ClientConfig | undefined;
  if (opts.databaseUrl) {
    dialect = 'postgres';
    pgConfig = { connectionString: opts.databaseUrl };
    if (opts.pgSchema) {
      const setup = new pg.Client(pgConfig);
      await setup.connect();
      try {
        await setup.query(`create schema if not exists "${opts.pgSchema.replace(/"/g, '""')}"`);
      } finally {
        await setup.end();
      }
      pgConfig = { ...pgConfig, options: `-c search_path="${opts.pgSchema}"` };
    }
    const pool = new pg.Pool({ ...pgConfig, max: opts.poolSize ?? 10 });
    kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    dialect = 'sqlite';
    if (opts.sqlitePath !== ':memory:') mkdirSync(dirname(opts.sqlitePath), { recursive: true });
    const file = new SQLite(opts.sqlitePath);
    file.pragma('journal_mode = WAL');
    file.pragma('busy_timeout = 5000');
    file.pragma('foreign_keys = ON');
    kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
  }
  await migrate(kysely as unknown as Kysely<unknown>, dialect);
  return { kysely, dialect, pgConfig, generation: new Generation(), close: () => kysely.destroy() };
}
