import { worstKeys, type StatusMatrix } from '../core';
import type { CellRef } from './hit-test';
import type { Layout } from './layout';
import { groupOf } from './overview';
import type { TimeZone } from './options';

/** What a tooltip and the aria-live region say about a cell. */
export interface CellDescription {
  row: number;
  col: number;
  rowName: string;
  start: number;
  end: number;
  status: number;
  statusLabel: string;
  color: string;
  /** The bucket's time span: "2026-11-23 14:00 to 14:05". */
  time: string;
  /** One sentence: "api-7, 23 Nov 14:00 to 14:05: Critical". */
  text: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Formats an instant in the zone as "2026-11-23 14:05" (seconds when the bucket is shorter than a minute). */
export function formatTime(t: number, timeZone: TimeZone, seconds = false): string {
  const key = `${timeZone}|${seconds}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', {
      timeZone: timeZone === 'browser' ? undefined : timeZone === 'utc' ? 'UTC' : timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: seconds ? '2-digit' : undefined,
      hourCycle: 'h23',
    });
    formats.set(key, f);
  }
  return f.format(new Date(t));
}

/**
 * Describes cell (row, col) of the matrix; the time span follows the matrix's column arithmetic.
 * In the overview a pixel stands for several columns: `span` gives their last column and the status
 * shown (the worst of them).
 */
export function describeCell(
  m: StatusMatrix,
  cell: CellRef,
  timeZone: TimeZone,
  span?: { lastCol: number; status: number }
): CellDescription {
  const { row, col } = cell;
  const start = m.to - (m.colCount - col) * m.intervalMs;
  const end = m.to - (m.colCount - (span?.lastCol ?? col) - 1) * m.intervalMs;
  const status = span ? span.status : m.statuses[row * m.colCount + col];
  const info = m.table.statuses[status];
  const rowName = m.rowNames[row] ?? `row ${row + 1}`;
  const seconds = m.intervalMs < 60_000;
  const from = formatTime(start, timeZone, seconds);
  let to = formatTime(end, timeZone, seconds);
  if (to.slice(0, 10) === from.slice(0, 10)) to = to.slice(11);
  const statusLabel = info ? info.label : `status ${status}`;
  return {
    row,
    col,
    rowName,
    start,
    end,
    status,
    statusLabel,
    color: info ? info.color : 'transparent',
    time: `${from} to ${to}`,
    text: `${rowName}, ${from} to ${to}: ${statusLabel}`,
  };
}

/**
 * Describes a cell of the data `m` as it is drawn from `shown` (the data, or its rows folded for the
 * overview): the worst status of the rows and columns folded into the cell's pixel, with their names
 * and time span.
 */
export function describeShown(
  m: StatusMatrix,
  shown: StatusMatrix,
  l: Layout,
  cell: CellRef,
  tz: TimeZone
): CellDescription {
  const row = shown === m ? cell.row : groupOf(cell.row, shown.rowCount / m.rowCount, shown.rowCount);
  if (!(l.colPitch < 1)) return { ...describeCell(shown, { row, col: cell.col }, tz), row: cell.row };
  // Columns folded into the same device pixel as cell.col; the worst one is what the pixel shows.
  const x = groupOf(cell.col, l.colPitch, l.plotW);
  let first = cell.col;
  while (first > 0 && groupOf(first - 1, l.colPitch, l.plotW) === x) first--;
  let last = cell.col;
  while (last + 1 < m.colCount && groupOf(last + 1, l.colPitch, l.plotW) === x) last++;
  const keys = worstKeys(shown.table.severity);
  let status = shown.statuses[row * shown.colCount + first];
  for (let c = first + 1; c <= last; c++) {
    const s = shown.statuses[row * shown.colCount + c];
    if (keys[s] > keys[status]) status = s;
  }
  return {
    ...describeCell(shown, { row, col: first }, tz, { lastCol: last, status }),
    row: cell.row,
    col: cell.col,
  };
}
