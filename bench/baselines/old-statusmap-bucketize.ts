/**
 * The archived flant-statusmap-panel's bucketing (module.ts convertDataToBuckets), re-implemented
 * for side-by-side benchmarks: a Bucket object per cell with closed ranges [from, to], and for each
 * data point a scan over every bucket of its row. O(points x buckets), and a point on a boundary
 * lands in two buckets.
 */

/** As the old plugin received data: [value, time] pairs per series. */
export interface OldSeries {
  target: string;
  datapoints: [number | null, number][];
}

class OldBucket {
  values: (number | null)[] = [];
  constructor(
    readonly from: number,
    readonly to: number
  ) {}
  belong(ts: number): boolean {
    return ts >= this.from && ts <= this.to;
  }
}

export function oldBucketize(
  data: readonly OldSeries[],
  from: number,
  to: number,
  intervalMs: number
): Map<string, OldBucket[]> {
  const byTarget = new Map<string, OldSeries[]>();
  for (const s of data) {
    const list = byTarget.get(s.target);
    if (list) list.push(s);
    else byTarget.set(s.target, [s]);
  }
  const buckets = new Map<string, OldBucket[]>();
  for (const [target, list] of byTarget) {
    const row: OldBucket[] = [];
    const lastTs = to - from;
    for (let idx = 0, relFrom = 0; relFrom >= 0; idx++) {
      const relTo = lastTs - idx * intervalMs;
      relFrom = lastTs - (idx + 1) * intervalMs;
      row.push(new OldBucket(relFrom + from, relTo + from));
    }
    for (const s of list) {
      for (const dp of s.datapoints) {
        for (let i = 0; i < row.length; i++) {
          if (row[i].belong(dp[1])) row[i].values.push(dp[0]);
        }
      }
    }
    buckets.set(target, row);
  }
  return buckets;
}
