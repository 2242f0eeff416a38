/**
 * Synthetic status matrices for the playground, the browser tests and the bench: deterministic (seeded),
 * built directly as StatusMatrix objects so the renderer can be tried without data sources.
 */
import { StatusTable, type StatusMatrix } from '../src/core';

export const STATUSES = StatusTable.withSpecials([
  { label: 'OK', color: '#56a64b', severity: 0, ok: true },
  { label: 'Warning', color: '#f2cc0c', severity: 1, ok: false },
  { label: 'Critical', color: '#e02f44', severity: 3, ok: false },
  { label: 'Maintenance', color: '#3274d9', severity: 2, ok: true },
  { label: 'Degraded', color: '#ff780a', severity: 2.5, ok: false },
]);

/** Status codes of STATUSES (0 empty and 1 unknown come first). */
export const S = {
  EMPTY: 0,
  UNKNOWN: 1,
  OK: 2,
  WARNING: 3,
  CRITICAL: 4,
  MAINTENANCE: 5,
  DEGRADED: 6,
} as const;

export type Density = 'dense' | 'sparse' | 'pattern';

export interface DatasetSpec {
  rows: number;
  cols: number;
  density: Density;
  seed?: number;
  /** Bucket size; the range ends at `to`. */
  intervalMs?: number;
  to?: number;
}

/** Fixed end of every synthetic range (a Monday, so weekend shading shows in a week-long range). */
export const DEFAULT_TO = Date.UTC(2026, 10, 23, 12, 0, 0);

/** Small fast PRNG (mulberry32): the same seed gives the same dataset in Node and in the browser. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Status of the `pattern` dataset at (row, col): every valued status, in a diagonal stripe. */
export function patternStatus(row: number, col: number): number {
  return S.OK + ((row * 3 + col) % 5);
}

const REGIONS = ['eu-west', 'eu-central', 'us-east', 'us-west', 'ap-south'];

/** Row labels in three levels (region / cluster / node), so split labels can be shown. */
export function rowLevelsFor(row: number): string[] {
  const node = row % 20;
  const cluster = Math.floor(row / 20) % 10;
  const region = REGIONS[Math.floor(row / 200) % REGIONS.length];
  return [region, `cluster-${cluster}`, `node-${String(row).padStart(5, '0')}-${node}`];
}

export function makeDataset(spec: DatasetSpec): StatusMatrix {
  const { rows, cols, density } = spec;
  const rnd = random(spec.seed ?? 42);
  const statuses = new Uint16Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    if (density === 'pattern') {
      for (let c = 0; c < cols; c++) statuses[base + c] = patternStatus(r, c);
      continue;
    }
    if (density === 'sparse') {
      // A few points per row, mostly OK, the rest of the row empty.
      for (let c = 0; c < cols; c++) {
        if (rnd() < 0.12) statuses[base + c] = rnd() < 0.85 ? S.OK : rnd() < 0.6 ? S.WARNING : S.CRITICAL;
      }
      continue;
    }
    // Dense: a Markov chain that stays OK for long runs and has incidents of a few buckets.
    const flaky = rnd() < 0.15;
    let s: number = S.OK;
    for (let c = 0; c < cols; c++) {
      const p = rnd();
      if (s === S.OK) {
        if (p < (flaky ? 0.05 : 0.008))
          s = [S.WARNING, S.CRITICAL, S.DEGRADED, S.MAINTENANCE][Math.floor(rnd() * 4)];
        else if (p > 0.9995) s = S.UNKNOWN;
      } else if (p < 0.25) s = S.OK;
      statuses[base + c] = s;
    }
  }
  const rowLevels: string[][] = [];
  const rowNames: string[] = [];
  for (let r = 0; r < rows; r++) {
    const levels = rowLevelsFor(r);
    rowLevels.push(levels);
    rowNames.push(levels.join('/'));
  }
  const intervalMs =
    spec.intervalMs ?? Math.max(60_000, Math.round((7 * 86_400_000) / cols / 60_000) * 60_000);
  const to = spec.to ?? DEFAULT_TO;
  return {
    rowCount: rows,
    colCount: cols,
    statuses,
    table: STATUSES,
    rowNames,
    rowLevels,
    sourceRow: Uint32Array.from({ length: rows }, (_, i) => i),
    from: to - cols * intervalMs,
    to,
    intervalMs,
  };
}

/** Datasets offered by the playground: name -> spec. */
export const DATASETS: Record<string, DatasetSpec> = {
  '100 rows, dense': { rows: 100, cols: 120, density: 'dense' },
  '100 rows, sparse': { rows: 100, cols: 120, density: 'sparse' },
  '1,000 rows, dense': { rows: 1000, cols: 300, density: 'dense' },
  '1,000 rows, sparse': { rows: 1000, cols: 300, density: 'sparse' },
  '10,000 rows, dense': { rows: 10_000, cols: 300, density: 'dense' },
  '10,000 x 1,000, dense': { rows: 10_000, cols: 1000, density: 'dense' },
  '10,000 rows, sparse': { rows: 10_000, cols: 300, density: 'sparse' },
  'pattern 40 x 30': { rows: 40, cols: 30, density: 'pattern' },
};
