import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatusTable, type StatusMatrix } from '../../../src/core';
import { edgeAt } from '../../../src/render/edges';
import { groupOf, reduceRowsForDisplay, severityRanks } from '../../../src/render/overview';

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

describe('severityRanks', () => {
  it('ranks by severity, equal severities sharing a rank, empty lowest', () => {
    expect([...severityRanks(table.severity)]).toEqual([0, 4, 1, 2, 3, 2]);
  });
});

describe('reduceRowsForDisplay', () => {
  it('keeps the worst status of the rows folded into each pixel row; ties keep the first seen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 8 }),
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
          const rank = severityRanks(table.severity);
          const groups: number[][] = Array.from({ length: k }, () => []);
          for (let i = 0; i < rows; i++) groups[groupOf(i, k / rows, k)].push(i);
          groups.forEach((g, r) => {
            expect(g.length).toBeGreaterThan(0); // every pixel row shows at least one row
            expect(out.sourceRow[r]).toBe(g[0]);
            expect(out.rowNames[r]).toBe(g.length > 1 ? `r${g[0]} (+${g.length - 1})` : `r${g[0]}`);
            for (let c = 0; c < cols; c++) {
              let worst = 0;
              for (const i of g) {
                const s = m.statuses[i * cols + c];
                if (rank[s] > rank[worst]) worst = s;
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
});
