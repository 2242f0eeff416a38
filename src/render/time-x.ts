import type { StatusMatrix } from '../core';
import type { Layout } from './layout';

/**
 * Time <-> x on the plot, for the shared crosshair (another panel's time drawn here) and drag-to-zoom
 * (a dragged span turned into a time range). The plot spans [to - colCount * intervalMs, to] linearly.
 */

/** Device-px x of time t (ms) on the plot, or null when t is outside the drawn range. */
export function xOfTime(m: StatusMatrix, l: Layout, t: number): number | null {
  if (m.colCount === 0) return null;
  const start = m.to - m.colCount * m.intervalMs;
  const f = (t - start) / (m.to - start);
  return f >= 0 && f <= 1 ? l.plotX + f * l.plotW : null;
}

/** The time (ms) under x (CSS px), clamped to the drawn range: a drag may end past the plot. */
export function timeAtX(m: StatusMatrix, l: Layout, x: number): number {
  const start = m.to - m.colCount * m.intervalMs;
  const f = Math.min(1, Math.max(0, (x * l.dpr - l.plotX) / l.plotW));
  return start + f * (m.to - start);
}
