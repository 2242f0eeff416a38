/** One line of `npm run bench` output (DESIGN.md section 5): JSON, measured side by side in one run. */
export interface BenchResult {
  bench: string;
  case: string;
  ours_ms: number;
  baseline_ms?: number;
  floor_ms?: number;
  [extra: string]: string | number | boolean | undefined;
}

export type Emit = (result: BenchResult) => void;

/** A bench suite: measures and emits its cases. */
export type BenchSuite = (emit: Emit) => Promise<void>;

/**
 * Median of `runs` timings of fn. Before timing, fn runs untimed for at least `warmupMs` (and 3 calls)
 * so V8 has tiered the hot loops up to optimised code: here that takes ~15 calls of a 5 ms function.
 * These machines are noisy: medians, not means.
 */
export function medianMs(fn: () => unknown, runs = 15, warmupMs = 300): number {
  const warmupEnd = performance.now() + warmupMs;
  for (let i = 0; i < 3 || performance.now() < warmupEnd; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  // BENCH_DEBUG=1 prints every timing to stderr: how warm-up and GC show in the series.
  if (process.env.BENCH_DEBUG) console.error(times.map((t) => t.toFixed(2)).join(' '));
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)]);
}

export function round(ms: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(ms * f) / f;
}
