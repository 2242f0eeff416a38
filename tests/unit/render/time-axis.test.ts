import { describe, expect, it } from 'vitest';
import { timeTicks, weekendColumns, zoneOffsetMs } from '../../../src/render';

const H = 3_600_000;

describe('zoneOffsetMs', () => {
  it('reads IANA offsets, daylight saving included', () => {
    expect(zoneOffsetMs(Date.UTC(2026, 0, 15), 'Europe/Berlin')).toBe(H);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), 'Europe/Berlin')).toBe(2 * H);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), 'America/New_York')).toBe(-4 * H);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), 'utc')).toBe(0);
  });
});

describe('timeTicks', () => {
  it('places ticks on the zone wall clock: midnight in Tokyo is 15:00 UTC', () => {
    const from = Date.UTC(2026, 10, 20, 0);
    const to = Date.UTC(2026, 10, 23, 0);
    const ticks = timeTicks(from, to, 300, 'Asia/Tokyo');
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) {
      expect(new Date(t.time).getUTCHours()).toBe(15);
      expect(t.frac).toBeGreaterThanOrEqual(0);
      expect(t.frac).toBeLessThanOrEqual(1);
    }
    expect(ticks[0].label).toMatch(/Sat 21|Nov 21/);
  });

  it('labels hours in UTC and keeps fractions in order', () => {
    const from = Date.UTC(2026, 10, 23, 10);
    const ticks = timeTicks(from, from + 6 * H, 600, 'utc');
    expect(ticks.map((t) => t.label)).toContain('12 PM');
    const fracs = ticks.map((t) => t.frac);
    expect([...fracs].sort((a, b) => a - b)).toEqual(fracs);
    expect(ticks.find((t) => t.label === '12 PM')?.frac).toBeCloseTo(2 / 6);
  });

  it('returns nothing for an empty range or width', () => {
    expect(timeTicks(10, 10, 500, 'utc')).toEqual([]);
    expect(timeTicks(0, 10, 0, 'utc')).toEqual([]);
  });
});

describe('weekendColumns', () => {
  it('marks the columns whose middle falls on Saturday or Sunday in the zone', () => {
    // Monday 2026-11-23 00:00 UTC back 7 days in 6 h columns: Sat and Sun are columns 20..27 (UTC).
    const to = Date.UTC(2026, 10, 23);
    const cols = weekendColumns(to, 28, 6 * H, 'utc');
    expect([...cols].map((v, i) => (v ? i : -1)).filter((i) => i >= 0)).toEqual([
      20, 21, 22, 23, 24, 25, 26, 27,
    ]);
    // In Tokyo (UTC+9) the weekend starts 9 h earlier: column 18 (Fri 12:00-18:00 UTC, mid 15:00 = Sat 00:00 JST).
    const tokyo = weekendColumns(to, 28, 6 * H, 'Asia/Tokyo');
    expect(tokyo[18]).toBe(1);
    expect(tokyo[17]).toBe(0);
  });

  it('never shades columns of a day or more', () => {
    expect([...weekendColumns(Date.UTC(2026, 10, 23), 14, 24 * H, 'utc')].every((v) => v === 0)).toBe(true);
  });
});
