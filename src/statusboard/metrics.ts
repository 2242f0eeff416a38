/**
 * Prometheus metrics. One registry per app instance (not prom-client's global one), so tests and two
 * replicas in one process never share counters. `statusboard_service_maintenance{service}` is 0/1 so an
 * alert rule can say `... unless on(service) statusboard_service_maintenance == 1`.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly eventsActive = new Gauge({
    name: 'statusboard_events_active',
    help: 'Events active now, by mode.',
    labelNames: ['mode'] as const,
    registers: [this.registry],
  });
  readonly silencesManaged = new Gauge({
    name: 'statusboard_silences_managed',
    help: 'Alertmanager silences StatusBoard holds after the last reconcile.',
    registers: [this.registry],
  });
  readonly reconcileDuration = new Histogram({
    name: 'statusboard_reconcile_duration_seconds',
    help: 'Time of one reconcile pass (desired vs actual silences).',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly reconcileErrors = new Counter({
    name: 'statusboard_reconcile_errors_total',
    help: 'Reconcile passes or silence operations that failed.',
    registers: [this.registry],
  });
  readonly alertmanagerUp = new Gauge({
    name: 'statusboard_alertmanager_up',
    help: '1 when the Alertmanager peer answered its last request.',
    labelNames: ['peer'] as const,
    registers: [this.registry],
  });
  readonly serviceMaintenance = new Gauge({
    name: 'statusboard_service_maintenance',
    help: '1 while a maintenance event of the service is active, else 0.',
    labelNames: ['service'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'statusboard_http_request_duration_seconds',
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly webhookFailures = new Counter({
    name: 'statusboard_webhook_failures_total',
    help: 'Webhook deliveries that failed after all retries.',
    registers: [this.registry],
  });

  constructor(opts: { defaultMetrics?: boolean } = {}) {
    if (opts.defaultMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'statusboard_' });
  }
}
