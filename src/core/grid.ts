import type { RawValue } from './series';

/** How a row's stored numbers are to be read back. */
export type RowKind = 'number' | 'string';

/** One row's points, sorted by time; values are numbers or dictionary codes, NaN for "no value". */
export interface RowPoints {
  readonly times: ArrayLike<number>;
  readonly values: Float64Array;
  readonly kind: RowKind;
}

/**
 * The bucketed grid: rows x equal time buckets. Each row keeps its points sorted by time in typed
 * arrays, and `bounds` gives, per row, the index of the first point of every bucket (colCount + 1
 * entries per row), so a cell is a slice and nothing is stored per cell but one uint32.
 */
export class BucketGrid {
  readonly rowCount: number;
  readonly colCount: number;

  constructor(
    readonly from: number,
    readonly to: number,
    readonly intervalMs: number,
    colCount: number,
    readonly rowNames: readonly string[],
    readonly rowLabels: readonly Readonly<Record<string, string>>[],
    readonly rows: readonly RowPoints[],
    /** Per row, colCount + 1 point indexes: cell (r, c) is points [bounds[r*(C+1)+c], bounds[r*(C+1)+c+1]). */
    readonly bounds: Uint32Array,
    /** Strings of string-kind rows, indexed by the codes stored in their values. */
    readonly dictionary: readonly string[]
  ) {
    this.rowCount = rows.length;
    this.colCount = colCount;
  }

  /** Start of bucket col (inclusive). The grid is anchored so the last bucket ends at `to`. */
  colStart(col: number): number {
    return this.to - (this.colCount - col) * this.intervalMs;
  }

  /** End of bucket col (exclusive, except that the last bucket also keeps a sample at exactly `to`). */
  colEnd(col: number): number {
    return this.to - (this.colCount - col - 1) * this.intervalMs;
  }

  /** Index of the first point of cell (row, col) in rows[row]; the cell ends at cellStart(row, col + 1). */
  cellStart(row: number, col: number): number {
    return this.bounds[row * (this.colCount + 1) + col];
  }

  /** Number of non-null values in the cell. */
  count(row: number, col: number): number {
    const values = this.rows[row].values;
    const end = this.cellStart(row, col + 1);
    let n = 0;
    for (let i = this.cellStart(row, col); i < end; i++) {
      if (values[i] === values[i]) n++; // NaN !== NaN: skips "no value"
    }
    return n;
  }

  /** Number of points in the cell, null ones included. */
  pointCount(row: number, col: number): number {
    return this.cellStart(row, col + 1) - this.cellStart(row, col);
  }

  /** The cell's non-null values in time order, strings decoded. */
  values(row: number, col: number): RawValue[] {
    const { values, kind } = this.rows[row];
    const end = this.cellStart(row, col + 1);
    const out: RawValue[] = [];
    for (let i = this.cellStart(row, col); i < end; i++) {
      const v = values[i];
      if (v === v) out.push(kind === 'string' ? this.dictionary[v] : v);
    }
    return out;
  }

  /** Timestamps of the cell's points (null ones included), in order. */
  times(row: number, col: number): number[] {
    const times = this.rows[row].times;
    const out: number[] = [];
    for (let i = this.cellStart(row, col), end = this.cellStart(row, col + 1); i < end; i++)
      out.push(times[i]);
    return out;
  }

  /** Decodes one stored value of a row. */
  decode(row: number, stored: number): RawValue {
    if (stored !== stored) return null;
    return this.rows[row].kind === 'string' ? this.dictionary[stored] : stored;
  }
}
