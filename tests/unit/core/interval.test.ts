import { describe, expect, it } from 'vitest';
import { bucketInterval, CoreError, roundIntervalCeil } from '../../../src/core';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const Y = 365 * D;

describe('roundIntervalCeil', () => {
  it.each([
    [1, 10],
    [10, 10],
    [11, 20],
    [499, 500],
    [501, S],
    [S + 1, 2 * S],
    [11 * S, 15 * S],
    [16 * S, 20 * S],
    [31 * S, M],
    [3 * M, 5 * M],
    [11 * M, 15 * M],
    [25 * M, 30 * M],
    [61 * M, 2 * H],
  ])('rounds %d ms up to %d ms', (ms, expected) => {
    expect(roundIntervalCeil(ms)).toBe(expected);
  });

  it('walks the hour ladder 1, 2, 3, 6, 12 h then 1 d, 1 w, 30 d, 1 y', () => {
    expect(
      [H, H + 1, 2 * H + 1, 3 * H + 1, 6 * H + 1, 12 * H + 1, D + 1, 7 * D + 1, 30 * D + 1].map(
        roundIntervalCeil
      )
    ).toEqual([H, 2 * H, 3 * H, 6 * H, 12 * H, D, 7 * D, 30 * D, Y]);
  });

  it('rounds above a year up to whole years', () => {
    expect(roundIntervalCeil(Y + 1)).toBe(2 * Y);
    expect(roundIntervalCeil(3 * Y)).toBe(3 * Y);
  });

  it('returns every ladder step for itself', () => {
    for (const step of [
      10,
      20,
      50,
      100,
      200,
      500,
      S,
      2 * S,
      5 * S,
      10 * S,
      15 * S,
      20 * S,
      30 * S,
      M,
      2 * M,
      5 * M,
      10 * M,
      15 * M,
      20 * M,
      30 * M,
      H,
      2 * H,
      3 * H,
      6 * H,
      12 * H,
      D,
      7 * D,
      30 * D,
      Y,
    ]) {
      expect(roundIntervalCeil(step)).toBe(step);
    }
  });

  it('refuses a non-finite interval', () => {
    expect(() => roundIntervalCeil(NaN)).toThrow(CoreError);
    expect(() => roundIntervalCeil(Infinity)).toThrow(CoreError);
  });
});

describe('bucketInterval', () => {
  it('uses the old plugin card arithmetic: maxCards = ceil((width - minWidth) / (minWidth + spacing))', () => {
    // 6 h over 1000 px: maxCards = ceil(995 / 7) = 143; 21600000 / 143 = 151049 ms -> 5 min.
    expect(bucketInterval({ rangeMs: 6 * H, chartWidth: 1000 })).toEqual({
      intervalMs: 5 * M,
      maxCards: 143,
    });
  });

  it('honours custom card width and spacing', () => {
    // ceil((500 - 10) / 12) = 41 cards; 1 h / 41 = 87.8 s -> 2 min
    expect(bucketInterval({ rangeMs: H, chartWidth: 500, cardMinWidth: 10, cardHSpacing: 2 })).toEqual({
      intervalMs: 2 * M,
      maxCards: 41,
    });
  });

  it('never goes below the minimum interval of the panel or data source', () => {
    expect(bucketInterval({ rangeMs: H, chartWidth: 1000, minIntervalMs: 5 * M }).intervalMs).toBe(5 * M);
  });

  it('keeps the number of buckets within maxDataPoints', () => {
    const { intervalMs } = bucketInterval({ rangeMs: 24 * H, chartWidth: 4000, maxDataPoints: 100 });
    expect((24 * H) / intervalMs).toBeLessThanOrEqual(100);
    expect(intervalMs).toBe(15 * M);
  });

  it('gives at least one card in a panel narrower than a card', () => {
    expect(bucketInterval({ rangeMs: H, chartWidth: 3 })).toEqual({ intervalMs: H, maxCards: 1 });
  });

  it('refuses an empty range', () => {
    expect(() => bucketInterval({ rangeMs: 0, chartWidth: 100 })).toThrow(CoreError);
  });
});
