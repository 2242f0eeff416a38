import { describe, expect, it } from 'vitest';
import {
  bucketize,
  classify,
  ruleStatus,
  UNKNOWN_STATUS,
  type ClassifyOptions,
  type DiscreteColoring,
  type RawValue,
} from '../../../src/core';

const base: DiscreteColoring = {
  mode: 'discrete',
  rules: [
    { match: { kind: 'value', value: 1 }, color: 'red', label: 'down', severity: 1 },
    { match: { kind: 'value', value: 0 }, color: 'green', label: 'up', severity: 0 },
  ],
};
/** What a field override gives one series: its own thresholds, sharing "up" with the base rules. */
const latency: DiscreteColoring = {
  mode: 'discrete',
  rules: [
    { match: { kind: 'range', from: 500 }, color: 'orange', label: 'slow', severity: 1 },
    { match: { kind: 'value', value: 0 }, color: 'green', label: 'up', severity: 0 },
  ],
};

/** Rows of one point per 10 ms bucket: rows[r][c] is the value of cell (r, c). */
function grid(rows: RawValue[][]) {
  return bucketize({
    rows: rows.map((values, r) => ({ name: `r${r}`, times: values.map((_, c) => c * 10), values })),
    from: 0,
    to: rows[0].length * 10,
    intervalMs: 10,
  });
}

function labelsOf(rows: RawValue[][], options: ClassifyOptions): string[][] {
  const { matrix } = classify(grid(rows), options);
  return rows.map((_, r) =>
    Array.from(
      matrix.statuses.subarray(r * matrix.colCount, (r + 1) * matrix.colCount),
      (s) => matrix.table.statuses[s].label
    )
  );
}

describe('per-row colorings (field overrides)', () => {
  it('classifies each row by its own rules', () => {
    const rows = [
      [0, 1, 700],
      [0, 1, 700],
    ];
    expect(labelsOf(rows, { coloring: base, rowColorings: [undefined, latency] })).toEqual([
      ['up', 'down', 'Unknown value'],
      ['up', 'Unknown value', 'slow'],
    ]);
  });

  it('keeps the main coloring’s status numbers and merges equal statuses into one', () => {
    const { matrix } = classify(grid([[0], [0], [700]]), {
      coloring: base,
      rowColorings: [base, latency, latency],
    });
    const labels = matrix.table.statuses.map((s) => s.label);
    expect(labels).toEqual(['No data', 'Unknown value', 'down', 'up', 'slow']);
    expect(matrix.statuses[0]).toBe(ruleStatus(1)); // base "up"
    expect(matrix.statuses[1]).toBe(ruleStatus(1)); // latency "up" is the same status
    expect(matrix.statuses[2]).toBe(4);
  });

  it('keeps statuses apart when they differ in colour or rank', () => {
    const purpleUp: DiscreteColoring = {
      mode: 'discrete',
      rules: [{ match: { kind: 'value', value: 0 }, color: 'purple', label: 'up', severity: 0 }],
    };
    const { matrix } = classify(grid([[0], [0]]), { coloring: base, rowColorings: [undefined, purpleUp] });
    expect(matrix.statuses[0]).not.toBe(matrix.statuses[1]);
    expect(matrix.table.statuses[matrix.statuses[1]].color).toBe('purple');
  });

  it('ranks unknown above every status of every coloring', () => {
    const severe: DiscreteColoring = {
      mode: 'discrete',
      rules: [{ match: { kind: 'value', value: 9 }, color: 'black', label: 'fire', severity: 10 }],
    };
    const { matrix } = classify(grid([[0], [9]]), { coloring: base, rowColorings: [undefined, severe] });
    expect(matrix.table.severity[UNKNOWN_STATUS]).toBe(11);
  });

  it('renumbers null rules, nulls as zero and buckets without points as zero per row', () => {
    const withNull: DiscreteColoring = {
      mode: 'discrete',
      rules: [
        { match: { kind: 'null' }, color: 'grey', label: 'no signal' },
        { match: { kind: 'value', value: 0 }, color: 'blue', label: 'zero' },
      ],
    };
    const rows = [
      [null, 0],
      [null, 0],
    ];
    expect(labelsOf(rows, { coloring: base, rowColorings: [undefined, withNull] })).toEqual([
      ['No data', 'up'],
      ['no signal', 'zero'],
    ]);
    expect(
      labelsOf(rows, { coloring: base, rowColorings: [undefined, withNull], nullMode: 'zero' })[0]
    ).toEqual(['up', 'up']);
    const sparse = bucketize({
      rows: [
        { name: 'a', times: [0], values: [1] },
        { name: 'b', times: [0], values: [1] },
      ],
      from: 0,
      to: 20,
      intervalMs: 10,
    });
    const zeroed = classify(sparse, {
      coloring: base,
      rowColorings: [undefined, withNull],
      missing: 'zero',
    }).matrix;
    expect(zeroed.table.statuses[zeroed.statuses[1]].label).toBe('up');
    expect(zeroed.table.statuses[zeroed.statuses[3]].label).toBe('zero');
  });

  it('reports unknown values per row rules', () => {
    const { report } = classify(grid([[700], [700]]), { coloring: base, rowColorings: [undefined, latency] });
    expect(report.unknownCells).toBe(1);
    expect(report.unknownValues).toEqual([700]);
  });

  it('is the single-coloring result when every row names the main coloring', () => {
    const rows = [
      [0, 1],
      [1, 0],
    ];
    const plain = classify(grid(rows), { coloring: base });
    const same = classify(grid(rows), { coloring: base, rowColorings: [base, undefined] });
    expect(Array.from(same.matrix.statuses)).toEqual(Array.from(plain.matrix.statuses));
    expect(same.matrix.table.statuses).toEqual(plain.matrix.table.statuses);
  });

  it('lets a discrete row sit in a spectrum map', () => {
    const { matrix } = classify(
      grid([
        [0, 10],
        [1, 1],
      ]),
      {
        coloring: { mode: 'spectrum', scheme: 'interpolateBlues', steps: 4 },
        rowColorings: [undefined, base],
      }
    );
    expect(matrix.table.statuses[matrix.statuses[2]].label).toBe('down');
    expect(matrix.table.size).toBe(2 + 4 + 2); // specials, the ramp, then both base rules
  });
});
