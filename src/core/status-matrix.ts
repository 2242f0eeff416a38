import type { StatusTable } from './status-table';

/**
 * Rows x buckets of statuses, ready to paint: the renderer's input. Row-major, 2 bytes per cell.
 * `sourceRow` maps each displayed row back to the grid row it came from (rows may be sorted,
 * filtered or reduced), so tooltips can read the cell's values from the grid.
 */
export interface StatusMatrix {
  readonly rowCount: number;
  readonly colCount: number;
  readonly statuses: Uint16Array;
  readonly table: StatusTable;
  readonly rowNames: readonly string[];
  /** Multi-level labels per row when labels are split by a delimiter; otherwise one level per row. */
  readonly rowLevels: readonly (readonly string[])[];
  readonly sourceRow: Uint32Array;
  /** Time axis: column c spans [to - (colCount - c) * intervalMs, to - (colCount - c - 1) * intervalMs). */
  readonly from: number;
  readonly to: number;
  readonly intervalMs: number;
}

/** Status of the cell at (row, col). */
export function statusAt(m: StatusMatrix, row: number, col: number): number {
  return m.statuses[row * m.colCount + col];
}
