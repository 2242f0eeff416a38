import { describe, expect, it } from 'vitest';
import type { StatusMatrix } from '../../../src/core';
import { computeLayout, DEFAULT_OPTIONS } from '../../../src/render';
import { groupLabels, levelText } from '../../../src/render/label-levels';

/** Rows in groups of `size` at level 0 ("g0", "g1", ...), each row with its own inner name. */
function grouped(rows: number, size: number): StatusMatrix {
  const rowLevels = Array.from({ length: rows }, (_, r) => [`g${Math.floor(r / size)}`, `n${r}`]);
  return {
    rowCount: rows,
    colCount: 1,
    statuses: new Uint16Array(rows),
    table: { statuses: [], rgba: new Uint32Array(0), severity: new Float64Array(0) },
    rowNames: rowLevels.map((l) => l.join('/')),
    rowLevels,
    sourceRow: Uint32Array.from({ length: rows }, (_, i) => i),
    from: 0,
    to: 60_000,
    intervalMs: 60_000,
  } as unknown as StatusMatrix;
}

const layout = (rows: number, rowHeight: number | 'auto', scrollTop = 0) =>
  computeLayout({
    rowCount: rows,
    colCount: 1,
    width: 400,
    height: 300,
    dpr: 1,
    scrollTop,
    labelWidth: 100,
    axisHeight: 0,
    options: { ...DEFAULT_OPTIONS, rowHeight, vSpacing: 0, hSpacing: 0 },
  });

describe('levelText', () => {
  it('aligns rows with fewer levels to the innermost level', () => {
    const m = grouped(2, 1);
    (m.rowLevels as string[][])[1] = ['only'];
    expect(levelText(m, 0, 0, 2)).toBe('g0');
    expect(levelText(m, 1, 0, 2)).toBe('');
    expect(levelText(m, 1, 1, 2)).toBe('only');
  });
});

describe('groupLabels', () => {
  it('labels every group tall enough, with a rule above each but the first', () => {
    const l = layout(30, 10); // groups of 5 rows: 50 px each
    const labels = groupLabels(l, grouped(30, 5), 0, 2, 12, 15);
    expect(labels.map((g) => g.row)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(labels.map((g) => g.ruleY)).toEqual([null, 50, 100, 150, 200, 250]);
    expect(labels.map((g) => g.top)).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it('labels no group shorter than the font, however many rows are folded into the view', () => {
    // 3,000 rows in 300 px (the overview): groups of 20 rows are 2 px tall.
    const l = layout(3000, 'auto');
    expect(groupLabels(l, grouped(3000, 20), 0, 2, 12, 15)).toEqual([]);
    // Groups of 200 rows are 20 px tall: each is labelled.
    const tall = groupLabels(l, grouped(3000, 200), 0, 2, 12, 15);
    expect(tall).toHaveLength(15);
  });

  it('keeps labels a line apart: a group right under a labelled one waits', () => {
    // Groups 13 px tall: tall enough for the font, but the next label would overlap (15 px lines).
    const l = layout(300, 'auto'); // 1 px rows
    expect(l.rowPitch).toBe(1);
    const labels = groupLabels(l, grouped(300, 13), 0, 2, 12, 15);
    expect(labels.slice(0, 3).map((g) => g.row)).toEqual([0, 26, 52]);
  });

  it('names the group scrolled past at the top, without a rule, when enough of it shows', () => {
    const m = grouped(1000, 10); // 100 px groups
    const l = layout(1000, 10, 130); // row 13 at the top: 70 px of group 1 visible
    const labels = groupLabels(l, m, 0, 2, 12, 15);
    expect(labels[0]).toEqual({ row: l.firstRow, top: l.plotY, ruleY: null });
    expect(levelText(m, labels[0].row, 0, 2)).toBe('g1');
    expect(labels[1].row).toBe(20);
    // 8 px of a group left at the top: too little for a label; the next group is named.
    const tight = groupLabels(layout(1000, 10, 192), m, 0, 2, 12, 15);
    expect(tight[0].row).toBe(20);
    expect(tight[0].ruleY).toBe(8);
  });
});
