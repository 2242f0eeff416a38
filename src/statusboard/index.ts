/** Public surface of StatusBoard: what main.ts, the CLI, tests and the bench use. */
export { build, createContext, type BuildOptions } from './app';
export { loadConfig, testConfig, type Config } from './config';
export { openDb, type Db, type Dialect } from './db';
export { AppError, ERRORS, type ErrorCode } from './errors';
export { AlertmanagerClient, AlertmanagerError, type AmSilence, type PeerState } from './alertmanager';
export { validateMatcherSets, labelRulesFor, matchesLabels, type Matcher, type MatcherSet } from './matchers';
export { RecurringSchedule, type Recurrence, type Window } from './recurrence';
export { stateOf, type EventState } from './event-state';
export { EventStore, type EventView, type EventInput } from './events';
export { ServiceStore, type Service, type ServiceInput } from './services';
export { TokenStore, hashToken, type Role, type Principal } from './tokens';
export { Metrics } from './metrics';
export { systemClock, type Clock } from './clock';
export { Reconciler, type ReconcileResult } from './reconciler';
export { LocalLeader, PgAdvisoryLeader, type Leader } from './leader';
export { OWNER, parseOwner } from './ownership';
export { WebhookNotifier, type WebhookPayload } from './webhooks';
export { IdempotencyStore } from './idempotency';
