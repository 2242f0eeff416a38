import { CoreError } from './errors';
import { encodeValues, hasStrings } from './encode-values';
import { BucketGrid, type RowKind, type RowPoints } from './grid';
import { isSorted, mergeSorted, MAX_MERGE_WAYS } from './merge-sorted';
import type { SeriesInput } from './series';
import { ValueDictionary } from './value-dictionary';

export interface BucketizeInput {
  rows: readonly SeriesInput[];
  from: number;
  to: number;
  intervalMs: number;
  /** Refuse grids with more cells than this (protects a browser tab from a typo in the interval). */
  maxCells?: number;
}

export const DEFAULT_MAX_CELLS = 50_000_000;

/**
 * Builds the grid: rows x buckets of `intervalMs`, anchored so the last bucket ends at `to`.
 * Buckets are half-open [start, start + interval): a point on a boundary belongs to the later bucket
 * only, a point at exactly `to` stays in the last bucket, and points outside [from, to] are dropped.
 * Series with the same name merge into one row. Cost O(points + cells): a row that is one series
 * sorted by time is one linear scan that keeps its arrays as they are; a few sorted series are
 * merged and scanned; anything else is counting-sorted by bucket.
 */
export function bucketize(input: BucketizeInput): BucketGrid {
  const { from, to, intervalMs, maxCells = DEFAULT_MAX_CELLS } = input;
  if (!Number.isFinite(from) || !Number.isFinite(to) || !(to > from)) {
    throw new CoreError('INVALID_RANGE', `bucketize: need finite from < to, got from=${from} to=${to}`);
  }
  if (!Number.isFinite(intervalMs) || !(intervalMs > 0)) {
    throw new CoreError('INVALID_INTERVAL', `bucketize: intervalMs must be > 0, got ${intervalMs}`);
  }
  const colCount = Math.ceil((to - from) / intervalMs);
  const groups = groupByName(input.rows);
  if (groups.length * colCount > maxCells) {
    throw new CoreError(
      'GRID_TOO_LARGE',
      `bucketize: ${groups.length} rows x ${colCount} buckets exceeds ${maxCells} cells; use a larger interval`
    );
  }

  const layout: GridLayout = { from, to, intervalMs, colCount, start: to - colCount * intervalMs };
  const dictionary = new ValueDictionary();
  const bounds = new Uint32Array(groups.length * (colCount + 1));
  const rows: RowPoints[] = [];
  groups.forEach((group, r) => {
    const base = r * (colCount + 1);
    const only = group.series.length === 1 ? group.series[0] : undefined;
    const kind: RowKind = group.series.some((s) => hasStrings(s.values)) ? 'string' : 'number';
    if (only && scanSorted(only.times, layout, bounds, base)) {
      rows.push({ times: only.times, values: encodeValues(only.values, kind, dictionary), kind });
    } else if (
      !only &&
      group.series.length <= MAX_MERGE_WAYS &&
      group.series.every((s) => isSorted(s.times))
    ) {
      // Several sorted series under one name (the old "multiple values per cell"): merge, then scan.
      const merged = mergeSorted(group.series, kind, dictionary);
      scanSorted(merged.times, layout, bounds, base);
      rows.push(merged);
    } else {
      rows.push(countingSort(group.series, kind, layout, bounds, base, dictionary));
    }
  });

  return new BucketGrid(
    from,
    to,
    intervalMs,
    colCount,
    groups.map((g) => g.name),
    groups.map((g) => g.labels),
    rows,
    bounds,
    dictionary.strings
  );
}

interface GridLayout {
  from: number;
  to: number;
  intervalMs: number;
  colCount: number;
  /** Start of bucket 0; may lie before `from`. */
  start: number;
}

interface RowGroup {
  name: string;
  labels: Readonly<Record<string, string>>;
  series: SeriesInput[];
}

function groupByName(series: readonly SeriesInput[]): RowGroup[] {
  const byName = new Map<string, RowGroup>();
  for (const s of series) {
    if (s.times.length !== s.values.length) {
      throw new CoreError(
        'SERIES_LENGTH_MISMATCH',
        `bucketize: series "${s.name}" has ${s.times.length} times but ${s.values.length} values`
      );
    }
    const group = byName.get(s.name);
    if (group) group.series.push(s);
    else byName.set(s.name, { name: s.name, labels: s.labels ?? {}, series: [s] });
  }
  return [...byName.values()];
}

/**
 * Fills the row's bounds by one pass over times that must be sorted. Returns false, leaving the
 * bounds to be rewritten, as soon as it finds the times unsorted or not finite.
 */
function scanSorted(times: ArrayLike<number>, g: GridLayout, bounds: Uint32Array, base: number): boolean {
  const n = times.length;
  const { from, to, intervalMs, colCount } = g;
  let prev = -Infinity;
  let i = 0;
  for (; i < n; i++) {
    const t = times[i];
    if (!(t >= prev)) return false; // also catches NaN
    if (t >= from) break;
    prev = t;
  }
  bounds[base] = i;
  for (let c = 0; c < colCount - 1; c++) {
    const end = to - (colCount - c - 1) * intervalMs;
    for (; i < n; i++) {
      const t = times[i];
      if (!(t >= prev)) return false;
      if (t >= end) break;
      prev = t;
    }
    bounds[base + c + 1] = i;
  }
  for (; i < n; i++) {
    const t = times[i];
    if (!(t >= prev)) return false;
    if (t > to) break;
    prev = t;
  }
  bounds[base + colCount] = i;
  for (let j = i; j < n; j++) {
    const t = times[j];
    if (!(t >= prev)) return false;
    prev = t;
  }
  return true;
}

/** Bucket of time t, or -1 outside [from, to]. Uses the same boundaries as scanSorted. */
function bucketOf(t: number, g: GridLayout): number {
  if (!(t >= g.from && t <= g.to)) return -1;
  const { start, intervalMs, colCount, to } = g;
  let c = Math.floor((t - start) / intervalMs);
  if (c >= colCount) return colCount - 1;
  // Floating point may misplace a point by one bucket at a boundary: settle it against the exact edges.
  if (c > 0 && t < to - (colCount - c) * intervalMs) c--;
  else if (c < colCount - 1 && t >= to - (colCount - c - 1) * intervalMs) c++;
  return c;
}

/** Merges the row's series into new arrays ordered by bucket, then by time inside each bucket. */
function countingSort(
  series: readonly SeriesInput[],
  kind: RowKind,
  g: GridLayout,
  bounds: Uint32Array,
  base: number,
  dictionary: ValueDictionary
): RowPoints {
  const { colCount } = g;
  let total = 0;
  for (const s of series) total += s.times.length;
  const cellOf = new Int32Array(total);
  const counts = new Uint32Array(colCount + 1);
  let k = 0;
  for (const s of series) {
    for (let i = 0; i < s.times.length; i++, k++) {
      const c = bucketOf(s.times[i], g);
      cellOf[k] = c;
      if (c >= 0) counts[c + 1]++;
    }
  }
  for (let c = 0; c < colCount; c++) counts[c + 1] += counts[c];
  for (let c = 0; c <= colCount; c++) bounds[base + c] = counts[c];

  const kept = counts[colCount];
  const times = new Float64Array(kept);
  const values = new Float64Array(kept);
  const cursor = counts; // reused: counts[c] is now the next free slot of bucket c
  k = 0;
  for (const s of series) {
    // Encode the column once (free for a Float64Array) so the scatter loop only copies numbers.
    const encoded = encodeValues(s.values, kind, dictionary);
    const sourceTimes = s.times;
    for (let i = 0; i < sourceTimes.length; i++, k++) {
      const c = cellOf[k];
      if (c < 0) continue;
      const at = cursor[c]++;
      times[at] = sourceTimes[i];
      values[at] = encoded[i];
    }
  }
  for (let c = 0; c < colCount; c++) sortCellByTime(times, values, bounds[base + c], bounds[base + c + 1]);
  return { times, values, kind };
}

/** Stable insertion sort of one cell's points; cells are small and usually sorted already. */
function sortCellByTime(times: Float64Array, values: Float64Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const t = times[i];
    if (t >= times[i - 1]) continue;
    const v = values[i];
    let j = i - 1;
    while (j >= start && times[j] > t) {
      times[j + 1] = times[j];
      values[j + 1] = values[j];
      j--;
    }
    times[j + 1] = t;
    values[j + 1] = v;
  }
}
