/**
 * Configuration from the environment, parsed once at start. Everything has a default that works on a
 * laptop: `npm start` with no variables runs on 127.0.0.1:8080 with SQLite under ./data and no silences.
 */
export interface Config {
  host: string;
  port: number;
  /** postgres://... switches storage to PostgreSQL; unset means SQLite at `sqlitePath`. */
  databaseUrl?: string;
  sqlitePath: string;
  /** Alertmanager peers of one HA cluster; empty means silences are off. */
  alertmanagerUrls: string[];
  reconcileIntervalSeconds: number;
  adminToken?: string;
  /** When true, GET endpoints need no token. */
  publicReads: boolean;
  /** Longest event (or recurring occurrence) accepted, in hours. */
  maxDurationHours: number;
  webhookUrls: string[];
  bodyLimitBytes: number;
  /** Folder with the built web assets served at `/` when it exists. */
  webRoot: string;
  logLevel: string;
  /** How long GET /api/v1/events may serve a page computed earlier (see micro-cache.ts); 0 disables. */
  listCacheMs: number;
}

const list = (v: string | undefined): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

function num(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${v}"`);
  return n;
}

const bool = (v: string | undefined): boolean => v !== undefined && /^(1|true|yes|on)$/i.test(v.trim());

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: env.HOST || '127.0.0.1',
    port: num('PORT', env.PORT, 8080),
    databaseUrl: env.DATABASE_URL || undefined,
    sqlitePath: env.SQLITE_PATH || 'data/statusboard.sqlite',
    alertmanagerUrls: list(env.ALERTMANAGER_URL).map((u) => u.replace(/\/+$/, '')),
    reconcileIntervalSeconds: num('RECONCILE_INTERVAL_SECONDS', env.RECONCILE_INTERVAL_SECONDS, 30),
    adminToken: env.STATUSBOARD_ADMIN_TOKEN || undefined,
    publicReads: bool(env.STATUSBOARD_PUBLIC_READS),
    maxDurationHours: num('MAX_EVENT_DURATION_HOURS', env.MAX_EVENT_DURATION_HOURS, 24 * 7),
    webhookUrls: list(env.WEBHOOK_URLS),
    bodyLimitBytes: num('BODY_LIMIT_BYTES', env.BODY_LIMIT_BYTES, 256 * 1024),
    webRoot: env.STATUSBOARD_WEB_ROOT || 'dist/web',
    logLevel: env.LOG_LEVEL || 'info',
    listCacheMs: num('LIST_CACHE_MS', env.LIST_CACHE_MS, 1000),
  };
}

/** A config for tests and embedding: defaults overridden by `over`. */
export function testConfig(over: Partial<Config> = {}): Config {
  return { ...loadConfig({}), logLevel: 'silent', ...over };
}
