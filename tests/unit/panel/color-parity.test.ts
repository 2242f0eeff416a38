/**
 * Same data, same colours: an old flant-statusmap-panel and the same panel migrated to ours paint
 * every cell alike. The old colours come from a re-implementation of the old plugin's colour code
 * (fixtures/old-colors.ts) applied to the old bucketing (bench/baselines).
 */
import { color as parseColor } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { bucketize, classify, type SeriesInput } from '../../../src/core';
import { migrateFlant } from '../../../src/panel/migrations/flant';
import { toClassifyOptions } from '../../../src/panel/to-core';
import { oldBucketize } from '../../../bench/baselines/old-statusmap-bucketize';
import { oldDiscreteColor, oldOpacity, oldSpectrumColor } from './fixtures/old-colors';
import { v0WithUrls, v1Discrete, v1Opacity, v1Spectrum } from './fixtures/old-panels';

const FROM = 1_700_000_000_000;
const INTERVAL = 60_000;
const COLS = 30;
const TO = FROM + COLS * INTERVAL;

/** Points at bucket middles (never on a boundary, where the old plugin counted a point twice). */
function series(
  name: string,
  pick: (col: number, k: number) => number | null | undefined,
  perCell = 2
): SeriesInput {
  const times: number[] = [];
  const values: (number | null)[] = [];
  for (let c = 0; c < COLS; c++) {
    for (let k = 0; k < perCell; k++) {
      const v = pick(c, k);
      if (v === undefined) continue;
      times.push(FROM + c * INTERVAL + 10_000 + k * 20_000);
      values.push(v);
    }
  }
  return { name, times, values };
}

const ctx = { resolveColor: (c: string) => c, isDarkTheme: true };

function ours(panel: object, rows: SeriesInput[]) {
  const { options, fieldConfig } = migrateFlant(panel as Record<string, unknown>);
  const grid = bucketize({ rows, from: FROM, to: TO, intervalMs: INTERVAL });
  return classify(grid, toClassifyOptions(options, fieldConfig.defaults, ctx));
}

/** Old buckets of a row, oldest first, without the extra bucket the old plugin made before `from`. */
function oldCells(rows: SeriesInput[], row: string) {
  const old = oldBucketize(
    rows.map((s) => ({
      target: s.name,
      datapoints: Array.from(s.times, (t, i) => [s.values[i] as number | null, t] as [number | null, number]),
    })),
    FROM,
    TO,
    INTERVAL
  );
  return old.get(row)!.slice(0, COLS).reverse();
}

function rgba(css: string, opacity = 1): [number, number, number, number] {
  const c = parseColor(css)!.rgb();
  const a = c.opacity * opacity;
  // Fully transparent is transparent whatever its colour.
  return a === 0
    ? [0, 0, 0, 0]
    : [Math.round(c.r), Math.round(c.g), Math.round(c.b), Math.round(a * 100) / 100];
}

function expectClose(actual: number[], expected: number[], tolerance: number) {
  actual.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThanOrEqual(tolerance));
}

describe('same data, same colours after migration', () => {
  it('discrete thresholds (first-rule priority, several values per cell, empty buckets)', () => {
    const rows = [
      series('eu|pod-a', (c, k) => (c % 7 === 3 ? undefined : ((c + k) % 5) + 1)),
      series('eu|pod-b', (c, k) => (k === 0 ? [1, 2, 3, 4, 5][c % 5] : c % 3 === 0 ? 3 : undefined)),
    ];
    const { matrix, report } = ours(v1Discrete, rows);
    expect(report.unknownCells).toBe(0);
    for (const [r, name] of ['eu|pod-a', 'eu|pod-b'].entries()) {
      oldCells(rows, name).forEach((bucket, c) => {
        const old = oldDiscreteColor(v1Discrete, bucket.values);
        const status = matrix.statuses[r * COLS + c];
        expect(rgba(matrix.table.statuses[status].color), `${name} cell ${c}`).toEqual(
          rgba(old.color, old.opacity)
        );
      });
    }
  });

  it('discrete with nulls as zero, from a 0.0.x panel: null cells and empty buckets take the colour of 0', () => {
    const rows = [series('job', (c) => (c % 4 === 0 ? undefined : c % 4 === 1 ? null : c % 2))];
    const { matrix } = ours(v0WithUrls, rows);
    oldCells(rows, 'job').forEach((bucket, c) => {
      const old = oldDiscreteColor(v0WithUrls, bucket.values);
      expect(rgba(matrix.table.statuses[matrix.statuses[c]].color), `cell ${c}`).toEqual(
        rgba(old.color, old.opacity)
      );
    });
  });

  it('spectrum (GnYlRd, always inverted), within the 256-step quantisation', () => {
    const rows = [series('latency', (c, k) => Math.sin(c / 3) * 50 + 60 + k)];
    const { matrix } = ours(v1Spectrum, rows);
    const all = rows[0].values as number[];
    const [min, max] = [Math.min(...all), Math.max(...all)];
    oldCells(rows, 'latency').forEach((bucket, c) => {
      const value = Math.max(...(bucket.values as number[]));
      const expected = rgba(oldSpectrumColor(v1Spectrum, value, min, max, true));
      expectClose(rgba(matrix.table.statuses[matrix.statuses[c]].color), expected, 3);
    });
  });

  it('opacity (sqrt scale): the base colour with the old opacity', () => {
    const rows = [series('load', (c) => c * 3)];
    const { matrix } = ours(v1Opacity, rows);
    oldCells(rows, 'load').forEach((bucket, c) => {
      const value = Math.max(...(bucket.values as number[]));
      const expected = rgba('#1f78c1', oldOpacity(v1Opacity, value, (COLS - 1) * 3));
      // 256 opacity steps (error <= 1/510) plus rounding both sides to 2 decimals.
      expectClose(rgba(matrix.table.statuses[matrix.statuses[c]].color), expected, 0.015);
    });
  });

  it('reports values no old threshold matched instead of painting them black as the old plugin did', () => {
    const { matrix, report } = ours(v1Discrete, [series('x', () => 9)]);
    expect(report.unknownValues).toEqual([9]);
    expect(rgba(matrix.table.statuses[matrix.statuses[0]].color)).not.toEqual([0, 0, 0, 1]);
  });
});
