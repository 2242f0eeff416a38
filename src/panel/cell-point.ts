import type { RawValue } from '../core';
import type { PipelineResult } from './pipeline';
import { seriesOfRow } from './row-config';

/** The point a cell's status stands for, and where it sits in its data frame. */
export interface CellPoint {
  time: number;
  value: RawValue;
  frameIndex: number;
  fieldIndex: number;
  /** Row of the frame: what Grafana's data links call valueRowIndex (`${__value.raw}`, `${__value.time}`). */
  frameRow: number;
}

/**
 * The point of grid cell (gridRow, gridCol) that data links speak of: the N-th when the panel colours
 * by the N-th value, otherwise the last non-null one (the latest state), otherwise the last point.
 * The grid may have merged and re-sorted the row's series, so the point is found again in them by
 * time and value. Runs per hovered or clicked cell: a scan of the row's series is fine.
 */
export function cellPoint(
  result: PipelineResult,
  gridRow: number,
  gridCol: number,
  valueIndex: number
): CellPoint | null {
  const { grid } = result;
  const { times, values } = grid.rows[gridRow];
  const start = grid.cellStart(gridRow, gridCol);
  const end = grid.cellStart(gridRow, gridCol + 1);
  let at = -1;
  if (valueIndex >= 0) at = start + valueIndex < end ? start + valueIndex : -1;
  else {
    for (let i = end - 1; i >= start && at < 0; i--) if (values[i] === values[i]) at = i;
    if (at < 0 && end > start) at = end - 1;
  }
  if (at < 0) return null;
  const time = times[at];
  const value = grid.decode(gridRow, values[at]);
  for (const s of seriesOfRow(result.series, grid.rowNames, gridRow)) {
    for (let j = 0; j < s.times.length; j++) {
      if (s.times[j] !== time || !sameValue(s.values[j], value)) continue;
      return {
        time,
        value,
        frameIndex: s.frameIndex,
        fieldIndex: s.fieldIndex,
        frameRow: s.frameRows ? s.frameRows[j] : j,
      };
    }
  }
  return null;
}

/** A stored value against the series' raw one: booleans are stored as 1 / 0, nulls as NaN. */
function sameValue(raw: RawValue, stored: RawValue): boolean {
  if (stored === null) return raw === null || raw === undefined || (typeof raw === 'number' && raw !== raw);
  if (typeof raw === 'boolean') return stored === (raw ? 1 : 0);
  return raw === stored || String(raw) === String(stored);
}
