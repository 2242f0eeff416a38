/**
 * The reconciler: desired silences (active maintenance events x their service's matcher sets) against
 * actual ones (silences in Alertmanager marked as ours). It creates what is missing (including what
 * Alertmanager lost in a restart), updates in place what an extension moved, and expires what no event
 * wants any more. In steady state a pass costs exactly one GET /api/v2/silences.
 *
 * Runs after every change and on a timer; on failure it retries with exponential backoff (capped at the
 * interval). Only the leader replica (leader.ts) talks to Alertmanager.
 */
import type { Kysely } from 'kysely';
import type { AlertmanagerClient, AmSilence } from './alertmanager';
import type { Clock } from './clock';
import type { ActiveEvent, EventStore } from './events';
import { LocalLeader, type Leader } from './leader';
import { sameMatchers, type MatcherSet } from './matchers';
import type { Metrics } from './metrics';
import type { Generation } from './micro-cache';
import { OWNER, keyString, parseOwner, silenceComment, type SilenceKey } from './ownership';
import type { Database } from './tables';

export interface ReconcileResult {
  skipped?: 'not-leader' | 'no-alertmanager';
  desired: number;
  created: number;
  updated: number;
  expired: number;
  unchanged: number;
  errors: string[];
  requests: number;
}

interface Desired extends SilenceKey {
  matchers: MatcherSet;
  endsAt: Date;
  comment: string;
}

export interface ReconcilerDeps {
  db: Kysely<Database>;
  events: EventStore;
  clock: Clock;
  metrics: Metrics;
  alertmanager?: AlertmanagerClient;
  leader?: Leader;
  /** The database's write generation (Db.generation), bumped when silence ids change. */
  generation?: Generation;
  intervalSeconds: number;
  /** Parallel writes to Alertmanager during a pass (creating 2,000 silences one by one is slow). */
  concurrency?: number;
  /** Called after each pass with the active events (webhooks hang here). */
  afterPass?: (now: Date, active: ActiveEvent[]) => Promise<void>;
  log?: (msg: string, extra?: unknown) => void;
}

/** An endsAt change smaller than this is not worth an update. */
const ENDS_AT_TOLERANCE_MS = 1000;

async function pool<T>(items: T[], n: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    })
  );
}

export class Reconciler {
  private readonly leader: Leader;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<ReconcileResult> | null = null;
  private dirty = false;
  private ticking = false;
  private failures = 0;
  private stopped = true;
  lastResult: ReconcileResult | null = null;
  lastError: string | null = null;

  constructor(private readonly deps: ReconcilerDeps) {
    this.leader = deps.leader ?? new LocalLeader();
  }

  /** One pass. Concurrent calls share the running pass. */
  reconcileOnce(): Promise<ReconcileResult> {
    if (!this.running) {
      this.running = this.pass().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async pass(): Promise<ReconcileResult> {
    const { metrics, clock } = this.deps;
    const end = metrics.reconcileDuration.startTimer();
    const now = clock();
    const result: ReconcileResult = {
      desired: 0,
      created: 0,
      updated: 0,
      expired: 0,
      unchanged: 0,
      errors: [],
      requests: 0,
    };
    try {
      const active = await this.deps.events.activeWithMatchers(now);
      await this.updateGauges(active);
      const desired: Desired[] = [];
      const parsed = new Map<string, MatcherSet[]>(); // events share a few services: parse each once
      for (const ev of active) {
        if (ev.mode !== 'maintenance') continue;
        let sets = parsed.get(ev.matcherSets);
        if (!sets) parsed.set(ev.matcherSets, (sets = JSON.parse(ev.matcherSets) as MatcherSet[]));
        for (let setIndex = 0; setIndex < sets.length; setIndex++) {
          const key = { eventId: ev.id, setIndex };
          desired.push({
            ...key,
            matchers: sets[setIndex],
            endsAt: ev.windowEnd,
            comment: silenceComment(key, ev.title, ev.ticketUrl),
          });
        }
      }
      result.desired = desired.length;
      // Only the leader acts (talks to Alertmanager, sends webhooks); the others keep their gauges fresh.
      if (!(await this.leader.acquire())) {
        result.skipped = 'not-leader';
        return result;
      }
      const am = this.deps.alertmanager;
      let failure: unknown = null;
      if (am) await this.sync(am, desired, now, result).catch((err: unknown) => (failure = err));
      else result.skipped = 'no-alertmanager';
      if (this.deps.afterPass) await this.deps.afterPass(now, active);
      if (failure) throw failure;
      return result;
    } catch (err) {
      metrics.reconcileErrors.inc();
      throw err;
    } finally {
      end();
      this.lastResult = result;
    }
  }

  private async sync(
    am: AlertmanagerClient,
    desired: Desired[],
    now: Date,
    result: ReconcileResult
  ): Promise<void> {
    const { metrics } = this.deps;
    // Learn the version (label-name rules) once Alertmanager answers; after that a pass is one GET.
    if (am.version === undefined) {
      await am.status();
      result.requests++;
    }
    const all = await am.listSilences();
    result.requests++;
    const actual = new Map<string, AmSilence[]>();
    for (const s of all) {
      if (s.status.state === 'expired') continue;
      const key = parseOwner(s.createdBy, s.comment);
      if (!key) continue;
      const k = keyString(key);
      actual.set(k, [...(actual.get(k) ?? []), s]);
    }

    const held = new Map<string, { key: SilenceKey; id: string }>();
    const toExpire: AmSilence[] = [];
    const toWrite: Array<{ want: Desired; existing?: AmSilence }> = [];
    for (const want of desired) {
      const k = keyString(want);
      const have = actual.get(k) ?? [];
      actual.delete(k);
      // Keep one silence with the right matchers (the longest-lived); duplicates and stale ones go.
      const keep = have
        .filter((s) => sameMatchers(s.matchers, want.matchers))
        .sort((a, b) => Date.parse(b.endsAt) - Date.parse(a.endsAt))[0];
      toExpire.push(...have.filter((s) => s !== keep));
      if (
        keep &&
        Math.abs(Date.parse(keep.endsAt) - want.endsAt.getTime()) <= ENDS_AT_TOLERANCE_MS &&
        keep.comment === want.comment
      ) {
        result.unchanged++;
        held.set(k, { key: want, id: keep.id });
      } else {
        toWrite.push({ want, existing: keep });
      }
    }
    for (const rest of actual.values()) toExpire.push(...rest);

    const concurrency = this.deps.concurrency ?? 8;
    await pool(toWrite, concurrency, async ({ want, existing }) => {
      try {
        // Same id, same matchers in the same order and the server's startsAt: updated in place.
        const id = await am.postSilence({
          ...(existing ? { id: existing.id } : {}),
          matchers: want.matchers,
          startsAt: existing ? existing.startsAt : now.toISOString(),
          endsAt: want.endsAt.toISOString(),
          createdBy: OWNER,
          comment: want.comment,
        });
        result.requests++;
        if (existing) result.updated++;
        else result.created++;
        held.set(keyString(want), { key: want, id });
      } catch (err) {
        result.requests++;
        result.errors.push((err as Error).message);
      }
    });
    await pool(toExpire, concurrency, async (s) => {
      try {
        await am.expireSilence(s.id);
        result.requests++;
        result.expired++;
      } catch (err) {
        result.requests++;
        result.errors.push((err as Error).message);
      }
    });
    if (result.errors.length > 0) metrics.reconcileErrors.inc(result.errors.length);
    metrics.silencesManaged.set(held.size);
    await this.record(held, now);
    if (result.errors.length > 0)
      throw new Error(`reconcile: ${result.errors.length} silence operations failed: ${result.errors[0]}`);
  }

  /** Mirrors the held silence ids into the database (for the API's silenceIds), writing only changes. */
  private async record(held: Map<string, { key: SilenceKey; id: string }>, now: Date): Promise<void> {
    const db = this.deps.db;
    const rows = await db.selectFrom('silences').selectAll().execute();
    const current = new Map(rows.map((r) => [`${r.event_id}/${r.set_index}`, r.silence_id]));
    const gone = rows.filter((r) => !held.has(`${r.event_id}/${r.set_index}`));
    const changed = [...held.entries()].filter(([k, v]) => current.get(k) !== v.id);
    if (gone.length === 0 && changed.length === 0) return;
    this.deps.generation?.bump();
    await db.transaction().execute(async (trx) => {
      for (const r of gone)
        await trx
          .deleteFrom('silences')
          .where('event_id', '=', r.event_id)
          .where('set_index', '=', r.set_index)
          .execute();
      for (const [, v] of changed)
        await trx
          .insertInto('silences')
          .values({
            event_id: v.key.eventId,
            set_index: v.key.setIndex,
            silence_id: v.id,
            updated_at: now.toISOString(),
          })
          .onConflict((oc) =>
            oc
              .columns(['event_id', 'set_index'])
              .doUpdateSet({ silence_id: v.id, updated_at: now.toISOString() })
          )
          .execute();
    });
  }

  private async updateGauges(active: Array<{ mode: string; service: string }>): Promise<void> {
    const { metrics, db } = this.deps;
    metrics.eventsActive.labels('maintenance').set(active.filter((e) => e.mode === 'maintenance').length);
    metrics.eventsActive.labels('info').set(active.filter((e) => e.mode === 'info').length);
    const inMaintenance = new Set(active.filter((e) => e.mode === 'maintenance').map((e) => e.service));
    const services = await db.selectFrom('services').select('name').execute();
    for (const s of services)
      metrics.serviceMaintenance.labels(s.name).set(inMaintenance.has(s.name) ? 1 : 0);
  }

  /** Starts the loop: a pass now, then every interval, sooner after changes, backoff after failures. */
  start(): void {
    this.stopped = false;
    // Another replica changed something: run soon, but do not NOTIFY again (that would echo forever).
    this.leader.onChange(() => this.soon());
    this.schedule(0);
  }

  /** Something changed here: tell the other replicas and reconcile soon. */
  trigger(): void {
    if (this.stopped) return;
    void this.leader.notifyChange();
    this.soon();
  }

  /** A pass as soon as possible; changes arriving during a pass cause exactly one more. */
  private soon(): void {
    if (this.stopped) return;
    if (this.ticking) this.dirty = true;
    else this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    this.timer = null;
    if (this.ticking) return;
    this.ticking = true;
    this.dirty = false;
    const interval = this.deps.intervalSeconds * 1000;
    try {
      await this.reconcileOnce();
      this.failures = 0;
      this.lastError = null;
    } catch (err) {
      this.failures++;
      this.lastError = (err as Error).message;
      this.deps.log?.('reconcile failed; retrying with backoff', {
        error: this.lastError,
        failures: this.failures,
      });
    } finally {
      this.ticking = false;
    }
    if (this.dirty) return this.schedule(0);
    const backoff = this.failures > 0 ? Math.min(interval, 500 * 2 ** (this.failures - 1)) : interval;
    this.schedule(backoff);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => {});
    await this.leader.release();
  }
}
