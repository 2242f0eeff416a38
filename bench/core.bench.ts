/**
 * `npm run bench -- core`: bucketize against a plain sum over the same typed arrays (the floor) and
 * against the old plugin's algorithm (the baseline), side by side in one process.
 */
import { bucketize, classify, type DiscreteColoring, type SeriesInput } from '../src/core';
import { oldBucketize, type OldSeries } from './baselines/old-statusmap-bucketize';
import { medianMs, round, type BenchSuite } from './result';

interface Case {
  points: number;
  rows: number;
  cols: number;
  label: string;
}

const CASES: Case[] = [
  { label: 'bucketize/1M/1000x300', points: 1_000_000, rows: 1000, cols: 300 },
  { label: 'bucketize/10M/1000x1000', points: 10_000_000, rows: 1000, cols: 1000 },
];

/** The old algorithm is O(points x buckets): time it on this many rows and scale linearly to all rows. */
const BASELINE_ROWS = 20;

function makeSeries(c: Case, from: number, to: number): SeriesInput[] {
  const perRow = c.points / c.rows;
  const step = (to - from) / perRow;
  const out: SeriesInput[] = [];
  let seed = 42;
  for (let r = 0; r < c.rows; r++) {
    const times = new Float64Array(perRow);
    const values = new Float64Array(perRow);
    for (let i = 0; i < perRow; i++) {
      times[i] = Math.round(from + i * step);
      seed = (seed * 1103515245 + 12345) >>> 0;
      values[i] = seed % 4;
    }
    out.push({ name: `row-${r}`, times, values });
  }
  return out;
}

function plainSum(series: readonly SeriesInput[]): number {
  let sum = 0;
  for (const s of series) {
    const times = s.times as Float64Array;
    const values = s.values as Float64Array;
    for (let i = 0; i < times.length; i++) sum += times[i] + values[i];
  }
  return sum;
}

function toOld(series: readonly SeriesInput[]): OldSeries[] {
  return series.map((s) => ({
    target: s.name,
    datapoints: Array.from(s.times, (t, i) => [s.values[i] as number, t] as [number, number]),
  }));
}

const suite: BenchSuite = async (emit) => {
  for (const c of CASES) {
    const to = Date.UTC(2026, 0, 2);
    const from = to - 24 * 3600_000;
    const intervalMs = (to - from) / c.cols;
    const series = makeSeries(c, from, to);
    const runs = c.points >= 10_000_000 ? 9 : 21;

    let sink = 0;
    const coldStart = performance.now();
    sink += bucketize({ rows: series, from, to, intervalMs }).colCount;
    const oursCold = round(performance.now() - coldStart);
    // V8 takes ~40 calls of this size to settle on optimised code: warm both sides for a second.
    const floor = medianMs(() => (sink += plainSum(series)), runs, 1000);
    const ours = medianMs(
      () => (sink += bucketize({ rows: series, from, to, intervalMs }).colCount),
      runs,
      1000
    );
    const oldInput = toOld(series.slice(0, BASELINE_ROWS));
    const baselinePart = medianMs(() => (sink += oldBucketize(oldInput, from, to, intervalMs).size), 3, 0);
    const baseline = round((baselinePart * c.rows) / BASELINE_ROWS);

    const grid = bucketize({ rows: series, from, to, intervalMs });
    // Per cell the grid stores one uint32 bucket bound; a status matrix adds a uint16 per cell.
    const gridBytesPerCell = grid.bounds.byteLength / (grid.rowCount * grid.colCount);
    emit({
      bench: 'core.bucketize',
      case: c.label,
      ours_ms: ours,
      baseline_ms: baseline,
      floor_ms: floor,
      ours_cold_ms: oursCold,
      ours_per_floor: round(ours / floor, 2),
      baseline_per_ours: round(baseline / ours, 1),
      ns_per_point: round((ours * 1e6) / c.points, 2),
      grid_bytes_per_cell: round(gridBytesPerCell, 2),
      status_bytes_per_cell: 2,
      baseline_extrapolated_from_rows: BASELINE_ROWS,
      sink: sink > 0,
    });
  }
};

/** Colours of a typical up/warn/down/unknown status metric. */
const STATUS_COLORING: DiscreteColoring = {
  mode: 'discrete',
  rules: [0, 1, 2, 3].map((value) => ({
    match: { kind: 'value', value },
    color: ['green', 'yellow', 'orange', 'red'][value],
  })),
};

/** The paths bucketize takes when rows are not one sorted series, and the value -> status step. */
const extraSuite: BenchSuite = async (emit) => {
  const to = Date.UTC(2026, 0, 2);
  const from = to - 24 * 3600_000;
  const c: Case = { label: '', points: 1_000_000, rows: 1000, cols: 300 };
  const intervalMs = (to - from) / c.cols;
  const sorted = makeSeries(c, from, to);
  let sink = 0;
  const floor = medianMs(() => (sink += plainSum(sorted)), 21, 1000);

  // Every row arrives as two interleaved halves under one name: the merge (counting sort) path.
  const split = sorted.flatMap((s) => {
    const times = s.times as Float64Array;
    const values = s.values as Float64Array;
    const half = (k: number) => ({
      name: s.name,
      times: times.filter((_, i) => i % 2 === k),
      values: values.filter((_, i) => i % 2 === k),
    });
    return [half(1), half(0)];
  });
  const merged = medianMs(
    () => (sink += bucketize({ rows: split, from, to, intervalMs }).colCount),
    21,
    1000
  );
  emit({
    bench: 'core.bucketize',
    case: 'bucketize/1M/1000x300/merged-rows',
    ours_ms: merged,
    floor_ms: floor,
    ours_per_floor: round(merged / floor, 2),
    sink: sink > 0,
  });

  const grid = bucketize({ rows: sorted, from, to, intervalMs });
  const classified = medianMs(
    () => (sink += classify(grid, { coloring: STATUS_COLORING }).matrix.colCount),
    21,
    1000
  );
  emit({
    bench: 'core.classify',
    case: 'classify/1M/1000x300/discrete',
    ours_ms: classified,
    floor_ms: floor,
    ours_per_floor: round(classified / floor, 2),
    sink: sink > 0,
  });
};

export default async function core(emit: Parameters<BenchSuite>[0]): Promise<void> {
  await suite(emit);
  await extraSuite(emit);
}
