/**
 * Maintenance and info events: create, list, extend, end early, cancel. Every change is audited in the
 * same transaction. Times arrive as RFC 3339 and are stored as UTC ISO strings.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from './audit';
import { decodeCursor, encodeCursor } from './cursor';
import { AppError } from './errors';
import { stateOf, type EventState, type StateInfo } from './event-state';
import { newId } from './ids';
import { RecurringSchedule, type Recurrence } from './recurrence';
import type { Database, EventRow } from './tables';

export type EventMode = 'maintenance' | 'info';
/** 'off': the event wants silences but no Alertmanager is configured, so none will come. */
export type SilenceStatus = 'none' | 'pending' | 'held' | 'off';

export interface EventView {
  id: string;
  service: string;
  team: string;
  mode: EventMode;
  title: string;
  description: string;
  ticketUrl: string | null;
  startsAt: string;
  endsAt: string;
  recurrence: Recurrence | null;
  createdBy: string;
  state: EventState;
  /** The window holding now (active) or the next one (scheduled); differs from startsAt/endsAt when recurring. */
  window: { startsAt: string; endsAt: string } | null;
  silenceIds: string[];
  /** held: every matcher set has its silence; pending: Alertmanager has not confirmed them yet. */
  silenceStatus: SilenceStatus;
  endedAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EventInput {
  service: string;
  mode?: EventMode;
  title: string;
  description?: string;
  ticketUrl?: string | null;
  startsAt?: string;
  /** Exactly one of endsAt and durationSeconds. */
  endsAt?: string;
  durationSeconds?: number;
  recurrence?: Recurrence | null;
}

export interface EventPatch {
  endsAt?: string;
  title?: string;
  description?: string;
  ticketUrl?: string | null;
}

export interface EventQuery {
  service?: string;
  active?: boolean;
  state?: EventState;
  limit: number;
  cursor?: string;
}

/** An active event as the reconciler sees it: the view plus raw matcher sets and the current window. */
export interface ActiveEvent extends EventView {
  matcherSets: string;
  windowStart: Date;
  windowEnd: Date;
  notifiedStart: string | null;
}

type Joined = EventRow & { service_name: string; team: string; matcher_sets: string };

export interface EventLimits {
  maxDurationMs: number;
  /** No ALERTMANAGER_URL: events that want silences say 'off', not a 'pending' that never ends. */
  silencesOff?: boolean;
}

/** Number of matcher sets in a service's JSON, memoised: many events share a few services. */
const setCounts = new Map<string, number>();
function setCount(matcherSetsJson: string): number {
  let n = setCounts.get(matcherSetsJson);
  if (n === undefined) {
    n = (JSON.parse(matcherSetsJson) as unknown[]).length;
    if (setCounts.size > 10_000) setCounts.clear();
    setCounts.set(matcherSetsJson, n);
  }
  return n;
}

function parseTime(field: string, value: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new AppError('VALIDATION_FAILED', `${field} is not an RFC 3339 time`);
  return d;
}

export class EventStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly limits: EventLimits
  ) {}

  private base() {
    return this.db
      .selectFrom('events')
      .innerJoin('services', 'services.id', 'events.service_id')
      .selectAll('events')
      .select([
        'services.name as service_name',
        'services.team as team',
        'services.matcher_sets as matcher_sets',
      ]);
  }

  private async views(rows: Joined[], now: Date): Promise<EventView[]> {
    if (rows.length === 0) return [];
    const silences = await this.db
      .selectFrom('silences')
      .select(['event_id', 'set_index', 'silence_id'])
      .where(
        'event_id',
        'in',
        rows.map((r) => r.id)
      )
      .orderBy('set_index')
      .execute();
    const byEvent = new Map<string, string[]>();
    for (const s of silences) {
      const list = byEvent.get(s.event_id) ?? [];
      list.push(s.silence_id);
      byEvent.set(s.event_id, list);
    }
    return rows.map((r) => this.view(r, byEvent.get(r.id) ?? [], now));
  }

  private view(r: Joined, silenceIds: string[], now: Date, info: StateInfo = stateOf(r, now)): EventView {
    const w = info.current ?? info.next;
    const sets = setCount(r.matcher_sets);
    const wantsSilence = r.mode === 'maintenance' && info.state === 'active';
    return {
      id: r.id,
      service: r.service_name,
      team: r.team,
      mode: r.mode as EventMode,
      title: r.title,
      description: r.description,
      ticketUrl: r.ticket_url,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      recurrence: r.recurrence == null ? null : (JSON.parse(r.recurrence) as Recurrence),
      createdBy: r.created_by,
      state: info.state,
      window: w ? { startsAt: w.start.toISOString(), endsAt: w.end.toISOString() } : null,
      silenceIds: wantsSilence ? silenceIds : [],
      silenceStatus: !wantsSilence
        ? 'none'
        : silenceIds.length >= sets
          ? 'held'
          : this.limits.silencesOff
            ? 'off'
            : 'pending',
      endedAt: r.ended_at,
      cancelledAt: r.cancelled_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  private checkTimes(start: Date, end: Date, recurrence: Recurrence | null | undefined): string | null {
    if (end <= start) throw new AppError('INVALID_TIME_RANGE', 'endsAt must be after startsAt');
    if (end.getTime() - start.getTime() > this.limits.maxDurationMs)
      throw new AppError(
        'DURATION_TOO_LONG',
        `an event (or each occurrence) may last at most ${this.limits.maxDurationMs / 3_600_000} h`
      );
    if (!recurrence) return end.toISOString();
    const last = new RecurringSchedule(recurrence, start, end).lastEnd();
    return last ? last.toISOString() : null;
  }

  async get(id: string, now: Date): Promise<EventView> {
    const row = await this.base().where('events.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('EVENT_NOT_FOUND', `no event with id "${id}"`);
    return (await this.views([row], now))[0];
  }

  async create(input: EventInput, actor: string, now: Date): Promise<EventView> {
    const start = input.startsAt ? parseTime('startsAt', input.startsAt) : now;
    if ((input.endsAt === undefined) === (input.durationSeconds === undefined))
      throw new AppError('VALIDATION_FAILED', 'give exactly one of endsAt and durationSeconds');
    const end =
      input.endsAt !== undefined
        ? parseTime('endsAt', input.endsAt)
        : new Date(start.getTime() + (input.durationSeconds as number) * 1000);
    if (!input.recurrence && end <= now)
      throw new AppError('INVALID_TIME_RANGE', 'endsAt is in the past; an event must end in the future');
    const lastEnd = this.checkTimes(start, end, input.recurrence);
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const svc = await trx
        .selectFrom('services')
        .select('id')
        .where('name', '=', input.service)
        .executeTakeFirst();
      if (!svc) throw new AppError('SERVICE_NOT_FOUND', `no service named "${input.service}"`);
      const row: EventRow = {
        id,
        service_id: svc.id,
        mode: input.mode ?? 'maintenance',
        title: input.title,
        description: input.description ?? '',
        ticket_url: input.ticketUrl ?? null,
        starts_at: start.toISOString(),
        ends_at: end.toISOString(),
        recurrence: input.recurrence ? JSON.stringify(input.recurrence) : null,
        last_ends_at: lastEnd,
        created_by: actor,
        ended_at: null,
        cancelled_at: null,
        notified_start: null,
        notified_end: null,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      };
      await trx.insertInto('events').values(row).execute();
      await recordAudit(
        trx,
        { actor, action: 'event.create', entity: 'event', entityId: id, after: row },
        now
      );
    });
    return this.get(id, now);
  }

  /** Applies `change` to an event whose state is one of `allowed`, auditing before and after. */
  private async change(
    id: string,
    action: string,
    actor: string,
    now: Date,
    allowed: EventState[],
    change: (row: EventRow) => Partial<EventRow>
  ): Promise<EventView> {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw new AppError('EVENT_NOT_FOUND', `no event with id "${id}"`);
      const { state } = stateOf(row, now);
      if (!allowed.includes(state))
        throw new AppError(
          'EVENT_NOT_CHANGEABLE',
          `event is ${state}; ${action} needs ${allowed.join(' or ')}`
        );
      const next: EventRow = { ...row, ...change(row), updated_at: now.toISOString() };
      await trx.updateTable('events').set(next).where('id', '=', id).execute();
      await recordAudit(trx, { actor, action, entity: 'event', entityId: id, before: row, after: next }, now);
    });
    return this.get(id, now);
  }

  /** End now. A one-off event's endsAt becomes now, so history shows what really happened. */
  end(id: string, actor: string, now: Date): Promise<EventView> {
    return this.change(id, 'event.end', actor, now, ['active', 'scheduled'], (row) => ({
      ended_at: now.toISOString(),
      ...(row.recurrence == null && new Date(row.starts_at) <= now ? { ends_at: now.toISOString() } : {}),
      last_ends_at: now.toISOString(),
    }));
  }

  cancel(id: string, actor: string, now: Date): Promise<EventView> {
    return this.change(id, 'event.cancel', actor, now, ['active', 'scheduled'], () => ({
      cancelled_at: now.toISOString(),
      last_ends_at: now.toISOString(),
    }));
  }

  /** Extend (or shorten, or retitle) an event that has not ended. */
  update(id: string, patch: EventPatch, actor: string, now: Date): Promise<EventView> {
    return this.change(id, 'event.update', actor, now, ['active', 'scheduled'], (row) => {
      const next: Partial<EventRow> = {};
      if (patch.title !== undefined) next.title = patch.title;
      if (patch.description !== undefined) next.description = patch.description;
      if (patch.ticketUrl !== undefined) next.ticket_url = patch.ticketUrl;
      if (patch.endsAt !== undefined) {
        const end = parseTime('endsAt', patch.endsAt);
        if (row.recurrence == null && end <= now)
          throw new AppError('INVALID_TIME_RANGE', 'endsAt is in the past; use end to stop an event now');
        const recurrence = row.recurrence == null ? null : (JSON.parse(row.recurrence) as Recurrence);
        next.last_ends_at = this.checkTimes(new Date(row.starts_at), end, recurrence);
        next.ends_at = end.toISOString();
      }
      return next;
    });
  }

  async list(q: EventQuery, now: Date): Promise<{ items: EventView[]; nextCursor: string | null }> {
    let query = this.base()
      .orderBy('events.starts_at', 'desc')
      .orderBy('events.id', 'desc')
      .limit(q.limit + 1);
    if (q.service) query = query.where('services.name', '=', q.service);
    if (q.cursor) {
      const [s, id] = decodeCursor(q.cursor, 2).map(String);
      query = query.where((eb) =>
        eb.or([
          eb('events.starts_at', '<', s),
          eb.and([eb('events.starts_at', '=', s), eb('events.id', '<', id)]),
        ])
      );
    }
    const wantActive = q.active === true || q.state === 'active';
    if (wantActive) query = this.openAt(query, now);
    const rows = await query.execute();
    const page = rows.slice(0, q.limit);
    // State depends on the clock (and recurrence), so the final filter runs here; a page may then hold
    // fewer than `limit` items, and clients follow nextCursor until it is null.
    let items = await this.views(page, now);
    if (q.active !== undefined) items = items.filter((e) => (e.state === 'active') === q.active);
    if (q.state) items = items.filter((e) => e.state === q.state);
    const last = page[page.length - 1];
    return { items, nextCursor: rows.length > q.limit ? encodeCursor([last.starts_at, last.id]) : null };
  }

  /** SQL prefilter: events that may be active at `now` (recurring ones are checked in code). */
  private openAt<T extends ReturnType<EventStore['base']>>(query: T, now: Date): T {
    const t = now.toISOString();
    return query
      .where('events.cancelled_at', 'is', null)
      .where('events.ended_at', 'is', null)
      .where('events.starts_at', '<=', t)
      .where((eb) => eb.or([eb('events.last_ends_at', 'is', null), eb('events.last_ends_at', '>', t)])) as T;
  }

  /** Every event that is active at `now`, with its service's matcher sets: the reconciler's input. */
  async activeWithMatchers(now: Date): Promise<ActiveEvent[]> {
    const rows = await this.openAt(this.base(), now).execute();
    const out: ActiveEvent[] = [];
    for (const r of rows) {
      const info = stateOf(r, now);
      if (info.state !== 'active' || !info.current) continue;
      out.push({
        ...this.view(r, [], now, info),
        matcherSets: r.matcher_sets,
        windowStart: info.current.start,
        windowEnd: info.current.end,
        notifiedStart: r.notified_start,
      });
    }
    return out;
  }

  async markNotified(
    id: string,
    fields: Pick<Partial<EventRow>, 'notified_start' | 'notified_end'>
  ): Promise<void> {
    await this.db.updateTable('events').set(fields).where('id', '=', id).execute();
  }

  /** Events whose last announced start has not been followed by an announced end. */
  async announcedNotEnded(): Promise<Array<{ id: string; notifiedStart: string }>> {
    const rows = await this.db
      .selectFrom('events')
      .select(['id', 'notified_start', 'notified_end'])
      .where('notified_start', 'is not', null)
      .where((eb) =>
        eb.or([eb('notified_end', 'is', null), eb('notified_end', '!=', eb.ref('notified_start'))])
      )
      .execute();
    return rows
      .filter((r) => r.notified_end !== r.notified_start)
      .map((r) => ({ id: r.id, notifiedStart: r.notified_start as string }));
  }
}
