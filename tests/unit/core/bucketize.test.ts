import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketize, CoreError, type SeriesInput } from '../../../src/core';

const series = (
  name: string,
  points: [number, number | string | null][],
  labels?: Record<string, string>
) => ({
  name,
  labels,
  times: points.map((p) => p[0]),
  values: points.map((p) => p[1]),
});

describe('bucketize', () => {
  it('anchors the grid so the last bucket ends at `to`', () => {
    const grid = bucketize({ rows: [series('a', [])], from: 5, to: 100, intervalMs: 10 });
    expect(grid.colCount).toBe(10);
    expect(grid.colStart(9)).toBe(90);
    expect(grid.colEnd(9)).toBe(100);
    expect(grid.colStart(0)).toBe(0); // the first bucket may begin before `from`
  });

  it('puts a point on a boundary in the later bucket only', () => {
    const grid = bucketize({ rows: [series('a', [[50, 1]])], from: 0, to: 100, intervalMs: 10 });
    expect(grid.count(0, 5)).toBe(1);
    expect(grid.count(0, 4)).toBe(0);
  });

  it('keeps a sample at exactly `to` in the last bucket', () => {
    const grid = bucketize({ rows: [series('a', [[100, 7]])], from: 0, to: 100, intervalMs: 10 });
    expect(grid.values(0, 9)).toEqual([7]);
  });

  it('drops points outside [from, to]', () => {
    const grid = bucketize({
      rows: [
        series('a', [
          [-1, 1],
          [0, 2],
          [100, 3],
          [101, 4],
        ]),
      ],
      from: 0,
      to: 100,
      intervalMs: 10,
    });
    const all = Array.from({ length: grid.colCount }, (_, c) => grid.values(0, c)).flat();
    expect(all).toEqual([2, 3]);
  });

  it('drops points of a first bucket that begins before `from`', () => {
    const grid = bucketize({
      rows: [
        series('a', [
          [1, 1],
          [6, 2],
        ]),
      ],
      from: 5,
      to: 100,
      intervalMs: 10,
    });
    expect(grid.values(0, 0)).toEqual([2]);
  });

  it('counts only non-null values and keeps them in time order', () => {
    const grid = bucketize({
      rows: [
        series('a', [
          [3, 2],
          [1, null],
          [2, 1],
        ]),
      ],
      from: 0,
      to: 10,
      intervalMs: 10,
    });
    expect(grid.count(0, 0)).toBe(2);
    expect(grid.pointCount(0, 0)).toBe(3);
    expect(grid.values(0, 0)).toEqual([1, 2]);
    expect(grid.times(0, 0)).toEqual([1, 2, 3]);
  });

  it('merges series with the same name into one row, values in time order', () => {
    const grid = bucketize({
      rows: [
        series('web', [
          [1, 1],
          [5, 3],
        ]),
        series('db', [[2, 9]]),
        series('web', [[3, 2]]),
      ],
      from: 0,
      to: 10,
      intervalMs: 10,
    });
    expect(grid.rowNames).toEqual(['web', 'db']);
    expect(grid.values(0, 0)).toEqual([1, 2, 3]);
  });

  it('stores strings through a dictionary and gives them back decoded', () => {
    const grid = bucketize({
      rows: [
        series('a', [
          [1, 'up'],
          [2, 'down'],
          [3, 'up'],
        ]),
      ],
      from: 0,
      to: 10,
      intervalMs: 10,
    });
    expect(grid.rows[0].kind).toBe('string');
    expect(grid.values(0, 0)).toEqual(['up', 'down', 'up']);
    expect(grid.dictionary).toEqual(['up', 'down']);
  });

  it('reads booleans as 1 and 0 and NaN as no value', () => {
    const grid = bucketize({
      rows: [{ name: 'a', times: [1, 2, 3], values: [true, false, NaN] }],
      from: 0,
      to: 10,
      intervalMs: 10,
    });
    expect(grid.values(0, 0)).toEqual([1, 0]);
  });

  it('uses a sorted Float64Array as it is, without copying', () => {
    const values = new Float64Array([1, 2, 3]);
    const grid = bucketize({
      rows: [{ name: 'a', times: [1, 2, 3], values }],
      from: 0,
      to: 10,
      intervalMs: 10,
    });
    expect(grid.rows[0].values).toBe(values);
  });

  it('keeps row labels of the first series of a row', () => {
    const grid = bucketize({ rows: [series('a', [], { job: 'api' })], from: 0, to: 10, intervalMs: 10 });
    expect(grid.rowLabels[0]).toEqual({ job: 'api' });
  });

  it('refuses bad ranges, intervals and grids too large, with stable codes', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as CoreError).code;
      }
      return 'no error';
    };
    expect(code(() => bucketize({ rows: [], from: 10, to: 10, intervalMs: 1 }))).toBe('INVALID_RANGE');
    expect(code(() => bucketize({ rows: [], from: 0, to: NaN, intervalMs: 1 }))).toBe('INVALID_RANGE');
    expect(code(() => bucketize({ rows: [], from: 0, to: 10, intervalMs: 0 }))).toBe('INVALID_INTERVAL');
    expect(
      code(() => bucketize({ rows: [series('a', [])], from: 0, to: 1e9, intervalMs: 1, maxCells: 1000 }))
    ).toBe('GRID_TOO_LARGE');
    expect(
      code(() =>
        bucketize({ rows: [{ name: 'a', times: [1, 2], values: [1] }], from: 0, to: 10, intervalMs: 1 })
      )
    ).toBe('SERIES_LENGTH_MISMATCH');
  });
});

/** Where a point must land, computed the slow obvious way from the contract. */
function expectedCell(t: number, from: number, to: number, interval: number, cols: number): number {
  if (t < from || t > to) return -1;
  for (let c = 0; c < cols; c++) {
    const start = to - (cols - c) * interval;
    const end = start + interval;
    if (t >= start && (t < end || (c === cols - 1 && t === to))) return c;
  }
  return -2;
}

const arbCase = fc
  .record({
    from: fc.integer({ min: -1000, max: 1000 }),
    span: fc.integer({ min: 1, max: 2000 }),
    interval: fc.integer({ min: 1, max: 300 }),
    rows: fc.array(
      fc.record({
        name: fc.constantFrom('a', 'b', 'c'),
        points: fc.array(
          fc.tuple(fc.integer({ min: -1500, max: 3500 }), fc.oneof(fc.integer(), fc.constant(null))),
          {
            maxLength: 40,
          }
        ),
      }),
      { maxLength: 6 }
    ),
  })
  .map(({ from, span, interval, rows }) => ({
    from,
    to: from + span,
    interval,
    rows: rows.map((r): SeriesInput => series(r.name, r.points)),
  }));

describe('bucketize properties', () => {
  it('counts every in-range point exactly once, in the bucket the contract names', () => {
    fc.assert(
      fc.property(arbCase, ({ from, to, interval, rows }) => {
        const grid = bucketize({ rows, from, to, intervalMs: interval });
        const expected = new Map<string, number>();
        for (const s of rows) {
          const row = grid.rowNames.indexOf(s.name);
          for (let i = 0; i < s.times.length; i++) {
            const c = expectedCell(s.times[i], from, to, interval, grid.colCount);
            if (c >= 0) expected.set(`${row}:${c}`, (expected.get(`${row}:${c}`) ?? 0) + 1);
          }
        }
        for (let r = 0; r < grid.rowCount; r++) {
          for (let c = 0; c < grid.colCount; c++) {
            expect(grid.pointCount(r, c)).toBe(expected.get(`${r}:${c}`) ?? 0);
            for (const t of grid.times(r, c))
              expect(expectedCell(t, from, to, interval, grid.colCount)).toBe(c);
          }
        }
      })
    );
  });

  it('merges several sorted series of one row exactly as the counting sort places them', () => {
    fc.assert(
      fc.property(arbCase, ({ from, to, interval, rows }) => {
        // Each series sorted on its own, names shared: the k-way merge path.
        const sortedEach = rows.map((s) => {
          const idx = Array.from(s.times, (_, i) => i).sort((i, j) => s.times[i] - s.times[j] || i - j);
          return { name: s.name, times: idx.map((i) => s.times[i]), values: idx.map((i) => s.values[i]) };
        });
        // Same points, one series reversed: forces the counting sort for that row.
        const reversed = sortedEach.map((s) => ({
          ...s,
          times: [...s.times].reverse(),
          values: [...s.values].reverse(),
        }));
        const a = bucketize({ rows: sortedEach, from, to, intervalMs: interval });
        const b = bucketize({ rows: reversed, from, to, intervalMs: interval });
        for (let r = 0; r < a.rowCount; r++) {
          for (let c = 0; c < a.colCount; c++) {
            expect(a.times(r, c)).toEqual(b.times(r, c));
            expect([...a.values(r, c)].sort()).toEqual([...b.values(r, c)].sort());
          }
        }
      })
    );
  });

  it('gives the same cells whatever the order of the input points (sorted scan = counting sort)', () => {
    fc.assert(
      fc.property(arbCase, fc.integer(), ({ from, to, interval, rows: anyRows }, seed) => {
        // One sorted series per row takes the linear-scan path; its shuffled twin takes the counting sort.
        const rows = anyRows.map((s, n) => {
          const idx = Array.from(s.times, (_, i) => i).sort((i, j) => s.times[i] - s.times[j]);
          return { name: `s${n}`, times: idx.map((i) => s.times[i]), values: idx.map((i) => s.values[i]) };
        });
        const shuffled = rows.map((s) => {
          const idx = Array.from(s.times, (_, i) => i);
          let x = seed;
          for (let i = idx.length - 1; i > 0; i--) {
            x = (x * 1103515245 + 12345) | 0;
            const j = Math.abs(x) % (i + 1);
            [idx[i], idx[j]] = [idx[j], idx[i]];
          }
          return { name: s.name, times: idx.map((i) => s.times[i]), values: idx.map((i) => s.values[i]) };
        });
        const a = bucketize({ rows, from, to, intervalMs: interval });
        const b = bucketize({ rows: shuffled, from, to, intervalMs: interval });
        for (let r = 0; r < a.rowCount; r++) {
          for (let c = 0; c < a.colCount; c++) {
            expect(b.times(r, c)).toEqual(a.times(r, c));
            // Equal timestamps may swap, so compare values as multisets.
            expect([...b.values(r, c)].sort()).toEqual([...a.values(r, c)].sort());
          }
        }
      })
    );
  });
});
