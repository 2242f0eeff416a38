/** What route handlers share: stores, auth, clock and the hooks into the reconciler. */
import type { AlertmanagerClient } from './alertmanager';
import type { Auth } from './auth';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Db } from './db';
import type { EventStore } from './events';
import type { IdempotencyStore } from './idempotency';
import type { Metrics } from './metrics';
import type { MicroCache } from './micro-cache';
import type { ServiceStore } from './services';
import type { TokenStore } from './tokens';

export interface Ctx {
  config: Config;
  db: Db;
  clock: Clock;
  services: ServiceStore;
  events: EventStore;
  tokens: TokenStore;
  idempotency: IdempotencyStore;
  auth: Auth;
  metrics: Metrics;
  alertmanager?: AlertmanagerClient;
  /** Called after every change that may alter the desired silences. */
  onChange: () => void;
  /** Pages of GET /api/v1/events, keyed by query (reads do not differ per caller). */
  listCache: MicroCache<unknown>;
}
