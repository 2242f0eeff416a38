/**
 * An event's state is derived from its times and the clock, never stored: a row cannot drift out of
 * date when no one touches it. Explicit ends and cancellations win over the clock.
 */
import { RecurringSchedule, type Recurrence, type Window } from './recurrence';
import type { EventRow } from './tables';

export type EventState = 'scheduled' | 'active' | 'ended' | 'cancelled';

export interface StateInfo {
  state: EventState;
  /** The window that holds `now` when active (for recurring events, the current occurrence). */
  current?: Window;
  /** The next window to come when scheduled. */
  next?: Window;
}

type Timing = Pick<EventRow, 'starts_at' | 'ends_at' | 'recurrence' | 'ended_at' | 'cancelled_at'>;

export function scheduleOf(row: Timing): RecurringSchedule | undefined {
  if (row.recurrence == null) return undefined;
  return new RecurringSchedule(
    JSON.parse(row.recurrence) as Recurrence,
    new Date(row.starts_at),
    new Date(row.ends_at)
  );
}

export function stateOf(row: Timing, now: Date): StateInfo {
  if (row.cancelled_at != null) return { state: 'cancelled' };
  if (row.ended_at != null && new Date(row.ended_at) <= now) return { state: 'ended' };
  const schedule = scheduleOf(row);
  if (!schedule) {
    const start = new Date(row.starts_at);
    const end = new Date(row.ends_at);
    if (now < start) return { state: 'scheduled', next: { start, end } };
    if (now < end) return { state: 'active', current: { start, end } };
    return { state: 'ended' };
  }
  const current = schedule.current(now);
  if (current) return { state: 'active', current };
  const next = schedule.next(now);
  return next ? { state: 'scheduled', next } : { state: 'ended' };
}
