import { CoreError } from './errors';

/**
 * Bucket size selection. The ladder and the card arithmetic are the old flant-statusmap-panel's,
 * so that a migrated dashboard keeps the bucket size its authors tuned it for.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

const LADDER: readonly number[] = [
  10,
  20,
  50,
  100,
  200,
  500,
  SECOND,
  2 * SECOND,
  5 * SECOND,
  10 * SECOND,
  15 * SECOND,
  20 * SECOND,
  30 * SECOND,
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  20 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  7 * DAY,
  30 * DAY,
  YEAR,
];

/** Smallest step of the ladder that is >= ms; above a year, ms rounded up to whole years. */
export function roundIntervalCeil(ms: number): number {
  if (!Number.isFinite(ms)) {
    throw new CoreError('INVALID_INTERVAL', `roundIntervalCeil: interval must be a finite number, got ${ms}`);
  }
  for (const step of LADDER) {
    if (ms <= step) {
      return step;
    }
  }
  return Math.ceil(ms / YEAR) * YEAR;
}

export interface BucketIntervalInput {
  /** Length of the dashboard time range. */
  rangeMs: number;
  /** Width in pixels available for cells. */
  chartWidth: number;
  cardMinWidth?: number;
  cardHSpacing?: number;
  /** Lower limit: the panel's or datasource's min interval. */
  minIntervalMs?: number;
  /** Upper limit on the number of buckets (Grafana's maxDataPoints); also never more buckets than that. */
  maxDataPoints?: number;
}

export interface BucketInterval {
  intervalMs: number;
  /** How many cards of cardMinWidth fit the chart width. */
  maxCards: number;
}

export function bucketInterval(input: BucketIntervalInput): BucketInterval {
  const { rangeMs, chartWidth, cardMinWidth = 5, cardHSpacing = 2, minIntervalMs = 0, maxDataPoints } = input;
  if (!(rangeMs > 0)) {
    throw new CoreError('INVALID_RANGE', `bucketInterval: rangeMs must be > 0, got ${rangeMs}`);
  }
  if (!(cardMinWidth > 0) || cardHSpacing < 0) {
    throw new CoreError('INVALID_INTERVAL', 'bucketInterval: cardMinWidth must be > 0 and cardHSpacing >= 0');
  }
  // At least one card, even in a panel narrower than one card.
  const maxCards = Math.max(1, Math.ceil((chartWidth - cardMinWidth) / (cardMinWidth + cardHSpacing)));
  let intervalMs = Math.max(minIntervalMs, roundIntervalCeil(rangeMs / maxCards));
  if (maxDataPoints !== undefined && maxDataPoints > 0 && rangeMs / intervalMs > maxDataPoints) {
    intervalMs = Math.max(intervalMs, roundIntervalCeil(rangeMs / maxDataPoints));
  }
  return { intervalMs, maxCards };
}
