/**
 * Turns services and their events into a StatusMatrix for src/render: one row per service, one column
 * per time bucket, the worst status in the bucket wins. Pure (no DOM), so it is unit-tested in Node.
 */
import { StatusTable, type StatusMatrix } from '../../core';

export const HISTORY_TABLE = StatusTable.withSpecials([
  { label: 'Info', color: '#5794f2', severity: 1, ok: true },
  { label: 'Maintenance (scheduled)', color: '#c4c9d4', severity: 2, ok: true },
  { label: 'Maintenance', color: '#ff9830', severity: 3, ok: false },
]);
export const INFO = 2;
export const SCHEDULED = 3;
export const MAINTENANCE = 4;

export interface HistoryEvent {
  service: string;
  mode: string;
  state: string;
  startsAt: string;
  endsAt: string;
  window: { startsAt: string; endsAt: string } | null;
  recurrence: unknown;
}

export interface HistoryRange {
  to: number;
  intervalMs: number;
  cols: number;
  now: number;
}

export function historyMatrix(
  services: readonly string[],
  events: readonly HistoryEvent[],
  r: HistoryRange
): StatusMatrix {
  const from = r.to - r.cols * r.intervalMs;
  const statuses = new Uint16Array(services.length * r.cols);
  const rowOf = new Map(services.map((s, i) => [s, i]));
  const paint = (row: number, start: number, end: number, status: number) => {
    const c0 = Math.max(0, Math.floor((start - from) / r.intervalMs));
    const c1 = Math.min(r.cols, Math.ceil((end - from) / r.intervalMs));
    for (let c = c0; c < c1; c++) {
      const i = row * r.cols + c;
      if (HISTORY_TABLE.severity[status] > HISTORY_TABLE.severity[statuses[i]]) statuses[i] = status;
    }
  };
  for (const e of events) {
    const row = rowOf.get(e.service);
    if (row === undefined || e.state === 'cancelled') continue;
    // A recurring event shows the window the API computed (current or next); one-offs their own times.
    const w = e.recurrence ? e.window : { startsAt: e.startsAt, endsAt: e.endsAt };
    if (!w) continue;
    const start = Date.parse(w.startsAt);
    const end = Date.parse(w.endsAt);
    if (e.mode !== 'maintenance') {
      paint(row, start, end, INFO);
      continue;
    }
    paint(row, start, Math.min(end, r.now), MAINTENANCE);
    paint(row, Math.max(start, r.now), end, SCHEDULED);
  }
  return {
    rowCount: services.length,
    colCount: r.cols,
    statuses,
    table: HISTORY_TABLE,
    rowNames: services,
    rowLevels: services.map((s) => [s]),
    sourceRow: Uint32Array.from(services.keys()),
    from,
    to: r.to,
    intervalMs: r.intervalMs,
  };
}
