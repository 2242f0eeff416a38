/**
 * `npm start`: StatusBoard as a process. Reads the environment (config.ts), opens the database and runs
 * migrations, seeds the admin token, starts the HTTP server and the reconcile loop, and shuts down
 * cleanly on SIGINT/SIGTERM.
 */
import { AlertmanagerClient } from './alertmanager';
import { build } from './app';
import { systemClock } from './clock';
import { loadConfig } from './config';
import { openDb } from './db';
import { EventStore } from './events';
import { IdempotencyStore } from './idempotency';
import { LocalLeader, PgAdvisoryLeader } from './leader';
import { Metrics } from './metrics';
import { Reconciler } from './reconciler';
import { TokenStore } from './tokens';
import { WebhookNotifier } from './webhooks';

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<() => Promise<void>> {
  const config = loadConfig(env);
  const db = await openDb({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath });
  const metrics = new Metrics({ defaultMetrics: true });
  const clock = systemClock;
  const alertmanager =
    config.alertmanagerUrls.length > 0
      ? new AlertmanagerClient(config.alertmanagerUrls, {
          onPeer: (url, up) => metrics.alertmanagerUp.labels(url).set(up ? 1 : 0),
        })
      : undefined;
  const events = new EventStore(db.kysely, {
    maxDurationMs: config.maxDurationHours * 3_600_000,
    silencesOff: alertmanager === undefined,
  });
  const tokens = new TokenStore(db.kysely);
  if (config.adminToken) await tokens.seedAdmin(config.adminToken, clock());

  // The app is built first (its logger is used below); writes reach the reconciler through this hook.
  const changed = { hook: (): void => {} };
  const app = await build({
    config,
    db,
    clock,
    alertmanager,
    metrics,
    onChange: () => changed.hook(),
  });
  const log = app.log;
  const webhooks = new WebhookNotifier({
    urls: config.webhookUrls,
    events,
    metrics,
    clock,
    log: (msg, extra) => log.warn(extra as object, msg),
  });
  const reconciler = new Reconciler({
    db: db.kysely,
    events,
    clock,
    metrics,
    alertmanager,
    generation: db.generation,
    leader: db.dialect === 'postgres' && db.pgConfig ? new PgAdvisoryLeader(db.pgConfig) : new LocalLeader(),
    intervalSeconds: config.reconcileIntervalSeconds,
    afterPass: (now, active) => webhooks.afterPass(now, active),
    log: (msg, extra) => log.warn(extra as object, msg),
  });
  changed.hook = () => reconciler.trigger();

  const where = db.dialect === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite at ${config.sqlitePath}`;
  log.info(`storage: ${where}`);
  if (!alertmanager) {
    log.warn(
      'ALERTMANAGER_URL is unset: silences are OFF. Events are recorded and shown, but nothing is silenced.'
    );
  } else {
    try {
      const s = await alertmanager.status();
      log.info(
        `Alertmanager ${s.version} at ${config.alertmanagerUrls.join(', ')} (cluster ${s.clusterStatus})`
      );
    } catch (err) {
      log.warn(
        `Alertmanager not reachable yet (${(err as Error).message}); silences stay pending and are retried`
      );
    }
  }
  if (!config.adminToken && (await tokens.list()).length === 0)
    log.warn(
      'no API tokens exist: set STATUSBOARD_ADMIN_TOKEN to seed an admin token, or every write is refused'
    );

  await app.listen({ host: config.host, port: config.port });
  // A plain banner besides the JSON log, so a person running `npm start` sees at once what is on.
  console.error(
    [
      `StatusBoard listening on http://${config.host}:${config.port} (API /api/v1, docs /api/docs)`,
      `  storage:      ${where}`,
      `  alertmanager: ${alertmanager ? config.alertmanagerUrls.join(', ') : 'OFF - ALERTMANAGER_URL is unset, silences are off'}`,
    ].join('\n')
  );
  reconciler.start();
  // Probe every peer now and then, so statusboard_alertmanager_up covers peers we are not writing to.
  const probe = alertmanager
    ? setInterval(() => void alertmanager.probeAll(), Math.max(5, config.reconcileIntervalSeconds) * 1000)
    : undefined;
  probe?.unref();
  const idempotency = new IdempotencyStore(db.kysely);
  const prune = setInterval(
    () => void idempotency.prune(new Date(clock().getTime() - 24 * 3_600_000)).catch(() => {}),
    3_600_000
  );
  prune.unref();
  if (alertmanager) void alertmanager.probeAll();

  return async () => {
    if (probe) clearInterval(probe);
    clearInterval(prune);
    await reconciler.stop();
    await app.close();
    await webhooks.drain();
    await db.close();
  };
}

const isEntry = process.argv[1] !== undefined && /main\.(ts|js|mjs)$/.test(process.argv[1]);
if (isEntry) {
  main().then(
    (shutdown) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.error(`statusboard: ${signal}, shutting down`);
        shutdown().then(
          () => process.exit(0),
          (err: unknown) => {
            console.error(err);
            process.exit(1);
          }
        );
      };
      process.on('SIGINT', () => stop('SIGINT'));
      process.on('SIGTERM', () => stop('SIGTERM'));
    },
    (err: unknown) => {
      console.error('statusboard failed to start:', err);
      process.exit(1);
    }
  );
}
