import { encodeValues } from './encode-values';
import type { RowKind, RowPoints } from './grid';
import type { SeriesInput } from './series';
import type { ValueDictionary } from './value-dictionary';

/** Above this many series a k-way merge's per-point scan over heads costs more than a counting sort. */
export const MAX_MERGE_WAYS = 8;

/** True when times are finite and non-decreasing. */
export function isSorted(times: ArrayLike<number>): boolean {
  let prev = -Infinity;
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    if (!(t >= prev) || t === Infinity) return false;
    prev = t;
  }
  return true;
}

/**
 * Merges series that are each sorted by time into one sorted row (stable: on equal times the
 * earlier series comes first). O(points x ways) with ways <= MAX_MERGE_WAYS.
 */
export function mergeSorted(
  series: readonly SeriesInput[],
  kind: RowKind,
  dictionary: ValueDictionary
): RowPoints {
  const ways = series.length;
  const sourceTimes = series.map((s) => s.times);
  const sourceValues = series.map((s) => encodeValues(s.values, kind, dictionary));
  const heads = new Uint32Array(ways);
  let total = 0;
  for (const s of series) total += s.times.length;
  const times = new Float64Array(total);
  const values = new Float64Array(total);
  for (let out = 0; out < total; out++) {
    let best = -1;
    let bestTime = Infinity;
    for (let w = 0; w < ways; w++) {
      const h = heads[w];
      if (h < sourceTimes[w].length && (best < 0 || sourceTimes[w][h] < bestTime)) {
        best = w;
        bestTime = sourceTimes[w][h];
      }
    }
    times[out] = bestTime;
    values[out] = sourceValues[best][heads[best]++];
  }
  return { times, values, kind };
}
