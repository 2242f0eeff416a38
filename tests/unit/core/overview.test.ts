import { describe, expect, it } from 'vitest';
import { reduceOverview, StatusTable, worstKeys, type StatusMatrix } from '../../../src/core';

const table = StatusTable.withSpecials([
  { label: 'ok', color: 'green', severity: 0, ok: true },
  { label: 'crit', color: 'red', severity: 9, ok: false },
]);
const OK = 2;
const CRIT = 3;

function matrix(rows: number[][]): StatusMatrix {
  return {
    rowCount: rows.length,
    colCount: rows[0].length,
    statuses: Uint16Array.from(rows.flat()),
    table,
    rowNames: rows.map((_, i) => `r${i}`),
    rowLevels: rows.map((_, i) => [`r${i}`]),
    sourceRow: Uint32Array.from(rows.keys()),
    from: 0,
    to: rows[0].length * 10,
    intervalMs: 10,
  };
}

describe('overview reduction', () => {
  it('keeps the worst status of the cells it merges, so one failure never vanishes', () => {
    const m = matrix([
      [OK, OK, OK, OK],
      [OK, OK, OK, CRIT],
      [OK, 0, OK, OK],
      [0, 0, OK, OK],
    ]);
    const r = reduceOverview(m, 2, 2);
    expect(Array.from(r.statuses)).toEqual([OK, CRIT, OK, OK]);
    expect(r.rowCount).toBe(2);
    expect(r.colCount).toBe(2);
  });

  it('lets any status beat an empty cell', () => {
    const r = reduceOverview(matrix([[0, 0, 0, OK]]), 1, 1);
    expect(Array.from(r.statuses)).toEqual([OK]);
  });

  it('handles sizes that do not divide evenly and keeps the time span', () => {
    const m = matrix(
      Array.from({ length: 7 }, (_, i) =>
        Array.from({ length: 5 }, (_, c) => (i === 6 && c === 4 ? CRIT : OK))
      )
    );
    const r = reduceOverview(m, 3, 2);
    expect(r.rowCount).toBe(3);
    expect(r.statuses[r.statuses.length - 1]).toBe(CRIT);
    expect(r.colCount * r.intervalMs).toBe(m.colCount * m.intervalMs);
    expect(r.rowNames[2]).toMatch(/^r4 \(\+2\)$/);
  });

  it('returns the matrix itself when it already fits', () => {
    const m = matrix([[OK]]);
    expect(reduceOverview(m, 10, 10)).toBe(m);
  });

  it('breaks a tie between equal severities by the status listed first, whatever the row order', () => {
    const tied = StatusTable.withSpecials([
      { label: 'a', color: 'orange', severity: 1, ok: false },
      { label: 'b', color: 'yellow', severity: 1, ok: false },
    ]);
    const [A, B] = [2, 3];
    for (const rows of [
      [[A], [B]],
      [[B], [A]],
    ]) {
      const r = reduceOverview({ ...matrix(rows), table: tied }, 1, 1);
      expect(Array.from(r.statuses)).toEqual([A]);
    }
  });
});

describe('worstKeys', () => {
  it('gives every status its own key, by severity, the first listed winning ties', () => {
    const t = StatusTable.withSpecials([
      { label: 'ok', color: 'green', severity: 0, ok: true },
      { label: 'warn', color: 'yellow', severity: 1, ok: false },
      { label: 'also warn', color: 'orange', severity: 1, ok: false },
    ]);
    // 0 empty (-Infinity), 1 unknown (max + 1), 2 ok, 3 warn, 4 also warn
    expect(Array.from(worstKeys(t.severity))).toEqual([0, 4, 1, 3, 2]);
  });
});
