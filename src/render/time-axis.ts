import { scaleUtc } from 'd3-scale';
import type { TimeZone } from './options';

const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * One d3 UTC scale for every axis on the page: building a scale compiles its tick formats, which cost
 * more than the ticks themselves. Only its domain changes, and it is used synchronously.
 */
const wallClock = scaleUtc();

/**
 * Offset of the zone's wall clock from UTC at instant t, in ms (UTC+2 gives +7,200,000).
 * `browser` uses the page's zone, `utc` none, anything else is an IANA name read through Intl.
 */
export function zoneOffsetMs(t: number, timeZone: TimeZone): number {
  if (timeZone === 'utc' || timeZone === 'UTC') return 0;
  if (timeZone === 'browser') return -new Date(t).getTimezoneOffset() * 60_000;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(t)))
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(t / 1000) * 1000;
}

export interface TimeTick {
  /** Instant of the tick (ms since epoch). */
  time: number;
  /** Position across the axis, 0 at `from`, 1 at `to`. */
  frac: number;
  label: string;
}

/**
 * Ticks for [from, to] laid out with d3-scale's time ticks on the zone's wall clock: the domain is
 * shifted by the zone offset, ticked and formatted as UTC (so "00:00" is local midnight in that zone),
 * and shifted back to instants for placement.
 */
export function timeTicks(from: number, to: number, widthCss: number, timeZone: TimeZone): TimeTick[] {
  if (!(to > from) || !(widthCss > 0)) return [];
  const count = Math.max(2, Math.floor(widthCss / 100));
  const scale = wallClock.domain([
    new Date(from + zoneOffsetMs(from, timeZone)),
    new Date(to + zoneOffsetMs(to, timeZone)),
  ]);
  const format = scale.tickFormat(count);
  return scale.ticks(count).map((wall) => {
    const w = wall.getTime();
    const time = w - zoneOffsetMs(w - zoneOffsetMs(w, timeZone), timeZone);
    return { time, frac: (time - from) / (to - from), label: format(wall) };
  });
}

/**
 * Per column, 1 when the column's middle falls on a Saturday or Sunday in the zone. Columns of a day
 * or more are never shaded (a weekend band would cover whole cells). Column c spans
 * [to - (colCount - c) * intervalMs, to - (colCount - c - 1) * intervalMs).
 */
export function weekendColumns(
  to: number,
  colCount: number,
  intervalMs: number,
  timeZone: TimeZone
): Uint8Array {
  const out = new Uint8Array(colCount);
  if (!(intervalMs < 86_400_000) || colCount === 0) return out;
  const start = to - colCount * intervalMs;
  // One zone lookup when the offset is the same at both ends (no DST change inside the range).
  const o0 = zoneOffsetMs(start, timeZone);
  const constant = o0 === zoneOffsetMs(to, timeZone);
  for (let c = 0; c < colCount; c++) {
    const mid = start + (c + 0.5) * intervalMs;
    const day = new Date(mid + (constant ? o0 : zoneOffsetMs(mid, timeZone))).getUTCDay();
    out[c] = day === 0 || day === 6 ? 1 : 0;
  }
  return out;
}
