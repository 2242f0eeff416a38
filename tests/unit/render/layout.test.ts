import { describe, expect, it } from 'vitest';
import {
  cellRect,
  colLeft,
  computeLayout,
  DEFAULT_OPTIONS,
  edgeAt,
  indexAt,
  rowTop,
  scrollToShowRow,
  type LayoutInput,
} from '../../../src/render';

const input = (
  over: Partial<LayoutInput> & { opts?: Partial<LayoutInput['options']> } = {}
): LayoutInput => ({
  rowCount: 10,
  colCount: 20,
  width: 500,
  height: 300,
  dpr: 1,
  scrollTop: 0,
  labelWidth: 100,
  axisHeight: 20,
  ...over,
  options: { ...DEFAULT_OPTIONS, hSpacing: 0, vSpacing: 0, ...over.opts },
});

describe('edgeAt / indexAt', () => {
  it('puts every edge on a whole pixel and inverts exactly for fractional pitches', () => {
    for (const pitch of [0.37, 1, 1.5, 2.6666666666666665, 3, 7.3, 19.999999, 28.5]) {
      const count = 200;
      for (let i = 0; i < count; i++) {
        const a = edgeAt(i, pitch);
        const b = edgeAt(i + 1, pitch);
        expect(Number.isInteger(a)).toBe(true);
        for (let v = a; v < b; v++) expect(indexAt(v, pitch, count)).toBe(i);
      }
    }
  });

  it('returns -1 outside the track', () => {
    expect(indexAt(-1, 3, 10)).toBe(-1);
    expect(indexAt(30, 3, 10)).toBe(-1);
    expect(indexAt(29, 3, 10)).toBe(9);
  });
});

describe('computeLayout', () => {
  it('places the plot right of the labels and above the axis, in device pixels', () => {
    const l = computeLayout(input({ dpr: 2 }));
    expect(l.canvasWidth).toBe(1000);
    expect(l.canvasHeight).toBe(600);
    expect(l.plotX).toBe(200);
    expect(l.plotW).toBe(800);
    expect(l.plotH).toBe(560);
    expect(l.colPitch).toBe(40);
    expect(l.rowPitch).toBe(56);
  });

  it('auto row height squeezes every row into the plot: nothing scrolls', () => {
    const l = computeLayout(input({ rowCount: 1000 }));
    expect(l.rowPitch).toBeCloseTo(0.28);
    expect(l.scrollMaxCss).toBe(0);
    expect(l.firstRow).toBe(0);
    expect(l.endRow).toBe(1000);
  });

  it('a minimum row height makes rows scroll and shows only the rows in view', () => {
    const l = computeLayout(input({ rowCount: 10_000, scrollTop: 1000, opts: { rowHeight: 20 } }));
    expect(l.rowPitch).toBe(20);
    expect(l.contentHeight).toBe(200_000);
    expect(l.scrollMaxCss).toBe(200_000 - 280);
    expect(l.firstRow).toBe(50);
    expect(l.endRow).toBe(64); // 280 px / 20 px = 14 rows
    expect(rowTop(l, 50)).toBe(0);
  });

  it('a minimum row height still stretches few rows to fill the plot', () => {
    const l = computeLayout(input({ rowCount: 4, opts: { rowHeight: 20 } }));
    expect(l.rowPitch).toBe(70);
    expect(l.scrollMaxCss).toBe(0);
  });

  it('clamps the scroll offset to the content', () => {
    const l = computeLayout(input({ rowCount: 100, scrollTop: 1e9, opts: { rowHeight: 10 } }));
    expect(l.scrollTop).toBe(1000 - 280);
    expect(l.endRow).toBe(100);
    expect(computeLayout(input({ scrollTop: -50 })).scrollTop).toBe(0);
  });

  it('picks vector cells for large cells, a pixel buffer for small ones, the overview below a pixel', () => {
    expect(computeLayout(input()).mode).toBe('cells');
    expect(computeLayout(input({ colCount: 200 })).mode).toBe('pixels'); // 2 px columns
    expect(computeLayout(input({ colCount: 1000 })).mode).toBe('overview'); // 0.4 px columns
    expect(computeLayout(input({ rowCount: 1000 })).mode).toBe('overview'); // 0.28 px rows
  });

  it('uses a pixel buffer when too many vector cells would be visible', () => {
    const l = computeLayout(input({ rowCount: 70, colCount: 100, width: 1100, height: 420 }));
    expect(l.rowPitch).toBe(5.714285714285714);
    expect(l.colPitch).toBe(10);
    expect(l.mode).toBe('cells');
    const big = computeLayout(input({ rowCount: 500, colCount: 250, width: 1100, height: 2020 }));
    expect(big.mode).toBe('pixels'); // 500 x 250 visible cells of 4 x 4 px
  });

  it('never paints more cells than pixels, even when a mode is forced', () => {
    expect(computeLayout(input({ colCount: 1000, opts: { mode: 'cells' } })).mode).toBe('overview');
    expect(computeLayout(input({ colCount: 1000, opts: { mode: 'pixels' } })).mode).toBe('overview');
    expect(computeLayout(input({ opts: { mode: 'pixels' } })).mode).toBe('pixels');
  });

  it('applies spacing in device pixels and drops it when a cell would vanish', () => {
    const l = computeLayout(input({ dpr: 2, opts: { hSpacing: 2, vSpacing: 3 } }));
    expect(l.hGap).toBe(4);
    expect(l.vGap).toBe(6);
    expect(cellRect(l, 1, 2)).toEqual({ x: 200 + 80, y: 56, w: 36, h: 50 });
    const tight = computeLayout(input({ colCount: 200, opts: { hSpacing: 2 } })); // 2 px columns
    expect(tight.hGap).toBe(0);
  });

  it('rounds corners only in vector mode and never beyond half a cell', () => {
    expect(computeLayout(input({ opts: { rounding: 3 } })).radius).toBe(3);
    expect(computeLayout(input({ opts: { rounding: 100 } })).radius).toBe(10); // 20 px columns
    expect(computeLayout(input({ colCount: 200, opts: { rounding: 3 } })).radius).toBe(0);
  });

  it('edges of adjacent columns touch: no pixel left unpainted or painted twice', () => {
    const l = computeLayout(input({ colCount: 37 }));
    for (let c = 0; c < 37; c++) expect(cellRect(l, 0, c).x + cellRect(l, 0, c).w).toBe(colLeft(l, c + 1));
    expect(colLeft(l, 37)).toBe(l.plotX + l.plotW);
  });

  it('scrollToShowRow moves the least to bring a row into view', () => {
    const l = computeLayout(input({ rowCount: 1000, scrollTop: 200, opts: { rowHeight: 10 } }));
    expect(scrollToShowRow(l, 25)).toBe(200); // already visible
    expect(scrollToShowRow(l, 5)).toBe(50);
    expect(scrollToShowRow(l, 60)).toBe(610 - 280);
  });
});
