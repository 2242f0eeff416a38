/**
 * Webhook notifications when an event (or an occurrence of a recurring one) starts and ends: a generic
 * JSON POST to every WEBHOOK_URLS entry, retried with backoff. The leader sends them after each reconcile
 * pass; what was announced is recorded on the event first, so a restart does not announce twice.
 */
import type { Clock } from './clock';
import type { ActiveEvent, EventStore, EventView } from './events';
import type { Metrics } from './metrics';

export interface WebhookPayload {
  type: 'event.started' | 'event.ended';
  at: string;
  event: EventView;
}

export interface WebhookOptions {
  urls: string[];
  events: EventStore;
  metrics: Metrics;
  clock: Clock;
  retries?: number;
  backoffMs?: number;
  timeoutMs?: number;
  log?: (msg: string, extra?: unknown) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class WebhookNotifier {
  private inflight = new Set<Promise<void>>();

  constructor(private readonly o: WebhookOptions) {}

  /** Announces starts of `active` events and ends of announced events that are no longer active. */
  async afterPass(now: Date, active: ActiveEvent[]): Promise<void> {
    if (this.o.urls.length === 0) return;
    const activeById = new Map(active.map((e) => [e.id, e]));
    for (const e of active) {
      const start = e.windowStart.toISOString();
      if (e.notifiedStart === start) continue;
      await this.o.events.markNotified(e.id, { notified_start: start, notified_end: null });
      this.send({ type: 'event.started', at: now.toISOString(), event: stripInternal(e) });
    }
    for (const a of await this.o.events.announcedNotEnded()) {
      const still = activeById.get(a.id);
      if (still && still.windowStart.toISOString() === a.notifiedStart) continue;
      await this.o.events.markNotified(a.id, { notified_end: a.notifiedStart });
      const event = await this.o.events.get(a.id, now);
      this.send({ type: 'event.ended', at: now.toISOString(), event });
    }
  }

  private send(payload: WebhookPayload): void {
    for (const url of this.o.urls) {
      const p = this.deliver(url, payload).finally(() => this.inflight.delete(p));
      this.inflight.add(p);
    }
  }

  private async deliver(url: string, payload: WebhookPayload): Promise<void> {
    const retries = this.o.retries ?? 4;
    let last = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep((this.o.backoffMs ?? 1000) * 2 ** (attempt - 1));
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'statusboard' },
          body: JSON.stringify(payload),
          signal: AbortSignal.timeout(this.o.timeoutMs ?? 5000),
        });
        if (res.ok) return;
        last = `HTTP ${res.status}`;
        if (res.status >= 400 && res.status < 500 && res.status !== 429) break; // the receiver refuses it
      } catch (err) {
        last = (err as Error).message;
      }
    }
    this.o.metrics.webhookFailures.inc();
    this.o.log?.('webhook delivery failed', { url, type: payload.type, error: last });
  }

  /** Waits for deliveries in flight (tests, shutdown). */
  async drain(): Promise<void> {
    while (this.inflight.size > 0) await Promise.all([...this.inflight]);
  }
}

function stripInternal(e: ActiveEvent): EventView {
  const { matcherSets: _m, windowStart: _s, windowEnd: _e, notifiedStart: _n, ...view } = e;
  return view;
}
