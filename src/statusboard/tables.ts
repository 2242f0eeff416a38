/**
 * Row types of the database, shared by SQLite and PostgreSQL. Times are ISO 8601 UTC strings
 * (`toISOString()`, fixed width), so they compare correctly as text in both databases; lists and
 * objects are JSON text, so one schema serves both dialects.
 */
import type { Generated } from 'kysely';

export interface ServiceRow {
  id: string;
  name: string;
  team: string;
  description: string;
  /** JSON: Matcher[][] */
  matcher_sets: string;
  created_at: string;
  updated_at: string;
}

export interface EventRow {
  id: string;
  service_id: string;
  mode: string;
  title: string;
  description: string;
  ticket_url: string | null;
  starts_at: string;
  ends_at: string;
  /** JSON: Recurrence, or null for a one-off event. */
  recurrence: string | null;
  /** End of the last occurrence; equals ends_at for one-off events, null when a rule never ends. */
  last_ends_at: string | null;
  created_by: string;
  ended_at: string | null;
  cancelled_at: string | null;
  /** Webhook bookkeeping: the occurrence start we last announced, and whether the end was announced. */
  notified_start: string | null;
  notified_end: string | null;
  created_at: string;
  updated_at: string;
}

/** Silences the reconciler holds for an event, one per matcher set. */
export interface SilenceRow {
  event_id: string;
  set_index: number;
  silence_id: string;
  updated_at: string;
}

export interface TokenRow {
  id: string;
  name: string;
  /** sha256 hex of the secret; the secret itself is never stored. */
  hash: string;
  role: string;
  /** JSON: string[] teams an editor may manage. */
  teams: string;
  created_at: string;
  revoked_at: string | null;
}

export interface AuditRow {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

export interface IdempotencyRow {
  actor: string;
  key: string;
  request_hash: string;
  status: number;
  body: string;
  created_at: string;
}

export interface Database {
  services: ServiceRow;
  events: EventRow;
  silences: SilenceRow;
  tokens: TokenRow;
  audit: AuditRow;
  idempotency: IdempotencyRow;
}
