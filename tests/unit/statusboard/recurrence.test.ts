import { describe, expect, it } from 'vitest';
import { AppError, RecurringSchedule, stateOf } from '../../../src/statusboard';

// Weekly Sunday 02:00-04:00 in Berlin; first window 2026-03-22 (CET, UTC+1).
const weekly = () =>
  new RecurringSchedule(
    { rrule: 'FREQ=WEEKLY;BYDAY=SU', timezone: 'Europe/Berlin' },
    new Date('2026-03-22T01:00:00Z'),
    new Date('2026-03-22T03:00:00Z')
  );
const windows = (s: RecurringSchedule, from: string, to: string) =>
  s.between(new Date(from), new Date(to)).map((w) => [w.start.toISOString(), w.end.toISOString()]);

describe('RecurringSchedule: weekly 02:00-04:00 Europe/Berlin', () => {
  it('keeps local wall-clock times across the spring-forward night', () => {
    expect(windows(weekly(), '2026-03-20T00:00:00Z', '2026-04-06T00:00:00Z')).toEqual([
      ['2026-03-22T01:00:00.000Z', '2026-03-22T03:00:00.000Z'], // CET
      // 02:00 does not exist on 29 March: the window runs 03:00-04:00 CEST, one hour.
      ['2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z'],
      ['2026-04-05T00:00:00.000Z', '2026-04-05T02:00:00.000Z'], // CEST
    ]);
  });
  it('covers both 02:00-03:00 passes on the fall-back night', () => {
    expect(windows(weekly(), '2026-10-17T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
      ['2026-10-18T00:00:00.000Z', '2026-10-18T02:00:00.000Z'], // CEST
      // 02:00 CEST .. 04:00 CET: three hours of clock readings between 02:00 and 04:00.
      ['2026-10-25T00:00:00.000Z', '2026-10-25T03:00:00.000Z'],
      ['2026-11-01T01:00:00.000Z', '2026-11-01T03:00:00.000Z'], // CET
    ]);
  });
  it('makes the event active exactly inside its windows', () => {
    const row = {
      starts_at: '2026-03-22T01:00:00.000Z',
      ends_at: '2026-03-22T03:00:00.000Z',
      recurrence: JSON.stringify({ rrule: 'FREQ=WEEKLY;BYDAY=SU', timezone: 'Europe/Berlin' }),
      ended_at: null,
      cancelled_at: null,
    };
    expect(stateOf(row, new Date('2026-10-25T00:30:00Z')).state).toBe('active'); // 02:30 CEST, first pass
    expect(stateOf(row, new Date('2026-10-25T02:30:00Z')).state).toBe('active'); // 03:30 CET
    expect(stateOf(row, new Date('2026-10-25T03:00:00Z')).state).toBe('scheduled'); // 04:00 CET: over
    const next = stateOf(row, new Date('2026-03-29T00:59:00Z'));
    expect(next.state).toBe('scheduled');
    expect(next.next?.start.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(stateOf(row, new Date('2026-03-10T00:00:00Z')).state).toBe('scheduled');
  });
  it('ends after COUNT windows and knows its last end', () => {
    const s = new RecurringSchedule(
      { rrule: 'FREQ=DAILY;COUNT=3', timezone: 'Europe/Berlin' },
      new Date('2026-03-27T01:00:00Z'),
      new Date('2026-03-27T03:00:00Z')
    );
    // 27, 28 (CET) and 29 March, the spring-forward night.
    expect(s.lastEnd()?.toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(weekly().lastEnd()).toBeNull();
  });
  it('refuses unknown zones, embedded DTSTART and sub-hourly frequencies', () => {
    const make =
      (rrule: string, timezone = 'Europe/Berlin') =>
      () =>
        new RecurringSchedule(
          { rrule, timezone },
          new Date('2026-01-01T00:00:00Z'),
          new Date('2026-01-01T01:00:00Z')
        );
    for (const f of [
      make('FREQ=WEEKLY', 'Mars/Base'),
      make('DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY'),
      make('FREQ=MINUTELY'),
      make('BYDAY=XX'),
    ])
      expect(f).toThrowError(AppError);
  });
});

describe('stateOf (one-off events)', () => {
  const row = {
    starts_at: '2026-01-01T10:00:00.000Z',
    ends_at: '2026-01-01T12:00:00.000Z',
    recurrence: null,
    ended_at: null,
    cancelled_at: null,
  };
  it('is scheduled, active, then ended by the clock', () => {
    expect(stateOf(row, new Date('2026-01-01T09:59:59Z')).state).toBe('scheduled');
    expect(stateOf(row, new Date('2026-01-01T10:00:00Z')).state).toBe('active');
    expect(stateOf(row, new Date('2026-01-01T12:00:00Z')).state).toBe('ended');
  });
  it('lets cancellation and early ends win over the clock', () => {
    expect(
      stateOf({ ...row, cancelled_at: '2026-01-01T09:00:00Z' }, new Date('2026-01-01T11:00:00Z')).state
    ).toBe('cancelled');
    expect(
      stateOf({ ...row, ended_at: '2026-01-01T10:30:00Z' }, new Date('2026-01-01T11:00:00Z')).state
    ).toBe('ended');
  });
});
