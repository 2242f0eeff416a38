import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatusTable, worstKeys, type StatusMatrix } from '../../../src/core';
import { edgeAt } from '../../../src/render/edges';
import { groupOf, reduceRowsForDisplay } from '../../../src/render/overview';

const table = StatusTable.withSpecials([
  { label: 'OK', color: 'green', severity: 0, ok: true },
  { label: 'Warn', color: 'yellow', severity: 1, ok: false },
  { label: 'Crit', color: 'red', severity: 3, ok: false },
  { label: 'Also 1', color: 'orange', severity: 1, ok: false },
]);

function matrix(rows: number, cols: number, statuses: number[]): StatusMatrix {
  return {
    rowCount: rows,
    colCount: cols,
    statuses: Uint16Array.from(statuses),
    table,
    rowNames: Array.from({ length: rows }, (_, i) => `r${i}`),
    rowLevels: Array.from({ length: rows }, (_, i) => [`r${i}`]),
    sourceRow: Uint32Array.from({ length: rows }, (_, i) => i),
    from: 0,
    to: cols * 10,
    intervalMs: 10,
  };
}

describe('reduceRowsForDisplay', () => {
  // Columns up to 9 cover both kernels' layouts (odd: a cell at a time, even: two per word).
  it('keeps the worst status of the rows folded into each pixel row; ties go to the first listed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 480, maxLength: 480 }),
        (rows, cols, n, pool) => {
          const m = matrix(
            rows,
            cols,
            Array.from({ length: rows * cols }, (_, i) => pool[i % pool.length])
          );
          const out = reduceRowsForDisplay(m, n);
          const k = Math.min(n, rows);
          expect(out.rowCount).toBe(k);
          expect(out.colCount).toBe(cols);
          if (k === rows) {
            expect(out).toBe(m);
            return;
          }
          const key = worstKeys(table.severity);
          const groups: number[][] = Array.from({ length: k }, () => []);
          for (let i = 0; i < rows; i++) groups[groupOf(i, k / rows, k)].push(i);
          groups.forEach((g, r) => {
            expect(g.length).toBeGreaterThan(0); // every pixel row shows at least one row
            expect(out.sourceRow[r]).toBe(g[0]);
            expect(out.rowNames[r]).toBe(g.length > 1 ? `r${g[0]} (+${g.length - 1})` : `r${g[0]}`);
            for (let c = 0; c < cols; c++) {
              let worst = m.statuses[g[0] * cols + c];
              for (const i of g) {
                const s = m.statuses[i * cols + c];
                if (key[s] > key[worst]) worst = s;
              }
              expect(out.statuses[r * cols + c]).toBe(worst);
            }
          });
        }
      ),
      { numRuns: 200 }
    );
  });

  it('groups rows by the pixel their top edge falls on, so the hit test agrees', () => {
    const rows = 1000;
    const n = 280;
    const pitch = n / rows;
    for (let i = 0; i < rows; i++) {
      const top = edgeAt(i, pitch);
      expect(groupOf(i, pitch, n)).toBe(Math.min(n - 1, top));
    }
  });

  it('never loses a single failure among 10,000 rows', () => {
    const rows = 10_000;
    const st = new Array(rows * 3).fill(2);
    st[7777 * 3 + 1] = 4;
    const out = reduceRowsForDisplay(matrix(rows, 3, st), 500);
    const crit = [...out.statuses].map((s, i) => (s === 4 ? i : -1)).filter((i) => i >= 0);
    expect(crit).toEqual([groupOf(7777, 500 / rows, 500) * 3 + 1]);
  });

  it('gives the same result on every kernel: masks by pairs, masks per cell, and keys past 16 statuses', () => {
    const many = StatusTable.withSpecials(
      Array.from({ length: 20 }, (_, i) => ({
        label: `s${i}`,
        color: 'red',
        severity: i % 7, // ties on purpose
        ok: i === 0,
      }))
    );
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 21 }), { minLength: 320, maxLength: 320 }),
        (wide, rows, cols, n, pool) => {
          const t = wide ? many : table;
          const codes = pool.map((s) => s % t.severity.length);
          const m = {
            ...matrix(
              rows,
              cols,
              Array.from({ length: rows * cols }, (_, i) => codes[i % codes.length])
            ),
            table: t,
          };
          const out = reduceRowsForDisplay(m, n);
          const k = Math.min(n, rows);
          if (k === rows) return;
          const key = worstKeys(t.severity);
          const groups: number[][] = Array.from({ length: k }, () => []);
          for (let i = 0; i < rows; i++) groups[groupOf(i, k / rows, k)].push(i);
          groups.forEach((g, r) => {
            for (let c = 0; c < cols; c++) {
              const cells = g.map((i) => m.statuses[i * cols + c]);
              const worst = cells.reduce((w, s) => (key[s] > key[w] ? s : w));
              expect(out.statuses[r * cols + c]).toBe(worst);
            }
          });
        }
      ),
      { numRuns: 300 }
    );
  });

  it('reads a matrix that is a view into a larger buffer at an odd offset', () => {
    const backing = new Uint16Array(1 + 4 * 4);
    const statuses = backing.subarray(1); // byteOffset 2: not 32-bit aligned
    statuses.set([2, 2, 2, 2, 2, 4, 2, 2, 2, 2, 3, 2, 2, 2, 2, 2]);
    const m = { ...matrix(4, 4, []), statuses };
    // Pixel 0 shows row 0 only, pixel 1 rows 1-3 (groups start where a row's top edge falls).
    expect(Array.from(reduceRowsForDisplay(m, 2).statuses)).toEqual([2, 2, 2, 2, 2, 4, 3, 2]);
  });

  it('keeps an empty column empty among rows of the common status, and shows the common one where it is', () => {
    // 8 rows x 4 columns on 2 pixel rows (row 0 alone, then rows 1-7), mostly OK (the common status):
    // column 1 is empty in rows 1-7, so it stays empty there; column 3 is empty in rows 1-7 but one,
    // which is OK (worse than empty), so OK shows.
    const OK = 2;
    const st = Array.from({ length: 32 }, () => OK);
    for (let r = 1; r < 8; r++) st[r * 4 + 1] = 0;
    for (let r = 1; r < 8; r++) st[r * 4 + 3] = r === 5 ? OK : 0;
    const out = reduceRowsForDisplay(matrix(8, 4, st), 2);
    expect(out.sourceRow[1]).toBe(1);
    expect(Array.from(out.statuses.subarray(0, 4))).toEqual([OK, OK, OK, OK]);
    expect(Array.from(out.statuses.subarray(4, 8))).toEqual([OK, 0, OK, OK]);
  });
});
