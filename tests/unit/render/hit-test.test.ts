import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellRect, computeLayout, DEFAULT_OPTIONS, hitTest, type LayoutInput } from '../../../src/render';

const layout = (over: Partial<LayoutInput> = {}, opts: Partial<LayoutInput['options']> = {}) =>
  computeLayout({
    rowCount: 10,
    colCount: 20,
    width: 500,
    height: 300,
    dpr: 1,
    scrollTop: 0,
    labelWidth: 100,
    axisHeight: 20,
    ...over,
    options: { ...DEFAULT_OPTIONS, hSpacing: 2, vSpacing: 2, ...opts },
  });

describe('hitTest', () => {
  it('returns the cell under the point by index arithmetic', () => {
    const l = layout(); // 20 px columns from x = 100, 28 px rows
    expect(hitTest(l, 100, 0)).toEqual({ row: 0, col: 0 });
    expect(hitTest(l, 150, 60)).toEqual({ row: 2, col: 2 });
    expect(hitTest(l, 497, 277)).toEqual({ row: 9, col: 19 });
  });

  it('returns null over the labels, the axis, outside, and in gaps', () => {
    const l = layout();
    expect(hitTest(l, 99, 10)).toBeNull(); // labels
    expect(hitTest(l, 150, 285)).toBeNull(); // x axis
    expect(hitTest(l, 500, 10)).toBeNull();
    expect(hitTest(l, 118, 10)).toBeNull(); // last 2 px of column 0 are the gap
    expect(hitTest(l, 117, 10)).toEqual({ row: 0, col: 0 });
    expect(hitTest(l, 110, 26)).toBeNull(); // row gap
  });

  it('follows the scroll offset', () => {
    const l = layout({ rowCount: 10_000, scrollTop: 12_345 }, { rowHeight: 20 });
    expect(hitTest(l, 150, 0)).toEqual({ row: 617, col: 2 }); // 12345 / 20 = 617.25
    expect(hitTest(l, 150, 15)).toEqual({ row: 618, col: 2 });
  });

  it('returns null below the last row when rows do not fill the plot', () => {
    const l = layout({ rowCount: 3 }, { rowHeight: 'auto' });
    expect(hitTest(l, 150, 279)).toBeNull(); // row 2's gap
  });

  it('agrees with cellRect at every device pixel, at dpr 1, 1.5 and 2', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom(1, 1.5, 2),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.float({ min: 0, max: 1, noNaN: true }),
        fc.float({ min: 0, max: 1, noNaN: true }),
        (rows, cols, dpr, spacing, scroll, fx, fy) => {
          const l = layout(
            { rowCount: rows, colCount: cols, dpr, scrollTop: scroll },
            { rowHeight: 6, hSpacing: spacing, vSpacing: spacing }
          );
          const px = l.plotX + Math.floor(fx * (l.plotW - 1));
          const py = l.plotY + Math.floor(fy * (l.plotH - 1));
          const hit = hitTest(l, (px + 0.5) / dpr, (py + 0.5) / dpr);
          if (hit) {
            const r = cellRect(l, hit.row, hit.col);
            expect(px >= r.x && px < r.x + r.w && py >= r.y && py < r.y + r.h).toBe(true);
          } else {
            // Then no cell covers the pixel.
            for (let row = l.firstRow; row < l.endRow; row++) {
              for (let col = 0; col < cols; col++) {
                const r = cellRect(l, row, col);
                expect(px >= r.x && px < r.x + r.w && py >= r.y && py < r.y + r.h).toBe(false);
              }
            }
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
