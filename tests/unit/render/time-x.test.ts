import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatusTable, type StatusMatrix } from '../../../src/core';
import { computeLayout, DEFAULT_OPTIONS } from '../../../src/render';
import { timeAtX, xOfTime } from '../../../src/render/time-x';

const HOUR = 3_600_000;
const matrix: StatusMatrix = {
  rowCount: 3,
  colCount: 24,
  statuses: new Uint16Array(72),
  table: StatusTable.withSpecials([]),
  rowNames: ['a', 'b', 'c'],
  rowLevels: [['a'], ['b'], ['c']],
  sourceRow: Uint32Array.of(0, 1, 2),
  from: 0,
  to: 24 * HOUR,
  intervalMs: HOUR,
};

const layoutAt = (dpr: number) =>
  computeLayout({
    rowCount: 3,
    colCount: 24,
    width: 600,
    height: 200,
    dpr,
    scrollTop: 0,
    labelWidth: 100,
    axisHeight: 20,
    options: DEFAULT_OPTIONS,
  });

describe('time <-> x on the plot', () => {
  it('maps the plot edges to the range ends, at dpr 1 and 2', () => {
    for (const dpr of [1, 2]) {
      const l = layoutAt(dpr);
      expect(timeAtX(matrix, l, l.plotX / dpr)).toBe(0);
      expect(timeAtX(matrix, l, (l.plotX + l.plotW) / dpr)).toBe(24 * HOUR);
      expect(xOfTime(matrix, l, 0)).toBe(l.plotX);
      expect(xOfTime(matrix, l, 24 * HOUR)).toBe(l.plotX + l.plotW);
    }
  });

  it('clamps a drag that ends past the plot, and shows nothing for a time off the range', () => {
    const l = layoutAt(1);
    expect(timeAtX(matrix, l, -50)).toBe(0);
    expect(timeAtX(matrix, l, 10_000)).toBe(24 * HOUR);
    expect(xOfTime(matrix, l, -1)).toBeNull();
    expect(xOfTime(matrix, l, 24 * HOUR + 1)).toBeNull();
    expect(xOfTime({ ...matrix, colCount: 0 }, l, 0)).toBeNull();
  });

  it('inverts: the time at the x of a time is that time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * HOUR }), fc.constantFrom(1, 2), (t, dpr) => {
        const l = layoutAt(dpr);
        const x = xOfTime(matrix, l, t) as number;
        expect(Math.abs(timeAtX(matrix, l, x / dpr) - t)).toBeLessThan(1e-3);
      })
    );
  });
});
