import type { StatusTable } from './status-table';

/** A coloring compiled against a grid: one status per non-null value, and per cell. */
export interface CellClassifier {
  table: StatusTable;
  /** Status of cell values [start, end) of the row (all non-null are looked at); -1 when all are null. */
  cell(values: Float64Array, start: number, end: number, isString: boolean): number;
  /** Status a null-only cell gets when nulls read as zero. */
  zero(): number;
  /** Status of null values when a rule names them (discrete 'null' rule). */
  nullStatus: number | undefined;
  /** Whether one stored non-null value is what makes a cell UNKNOWN (for the report's samples). */
  isUnknown(stored: number, isString: boolean): boolean;
}
