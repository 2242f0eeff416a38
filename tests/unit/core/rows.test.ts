import { describe, expect, it } from 'vitest';
import {
  bucketize,
  classify,
  filterRows,
  labelRows,
  permuteRows,
  rowHasStatus,
  rowLabel,
  sortOrder,
  type DiscreteColoring,
  type RowSort,
} from '../../../src/core';

const coloring: DiscreteColoring = {
  mode: 'discrete',
  rules: [
    { match: { kind: 'value', value: 2 }, color: 'red', label: 'crit' },
    { match: { kind: 'value', value: 1 }, color: 'orange', label: 'warn' },
    { match: { kind: 'value', value: 0 }, color: 'green', label: 'ok' },
  ],
};

function matrixOf(rows: Record<string, number[]>, labelDelimiter?: string) {
  const series = Object.entries(rows).map(([name, values]) => ({
    name,
    times: values.map((_, i) => i * 10),
    values,
  }));
  const grid = bucketize({ rows: series, from: 0, to: 30, intervalMs: 10 });
  return classify(grid, { coloring, labelDelimiter }).matrix;
}

describe('row labels', () => {
  it('keeps the series name without a template', () => {
    expect(rowLabel({ name: 'a', times: [], values: [] }, {})).toBe('a');
  });

  it('fills {{label}} from the series labels, as Prometheus legends do', () => {
    const s = { name: 'up', labels: { instance: 'db-1', job: 'node' }, times: [], values: [] };
    expect(rowLabel(s, { template: '{{job}}/{{ instance }}' })).toBe('node/db-1');
  });

  it('fills ${__y_label_N} from the name split by the delimiter (the old labelTemplate)', () => {
    const s = { name: 'eu|web-1|http', times: [], values: [] };
    expect(rowLabel(s, { template: '${__y_label_1} (${__y_label_0})', delimiter: '|' })).toBe('web-1 (eu)');
  });

  it('merges series whose labels come out equal into one row', () => {
    const series = labelRows(
      [
        { name: 'a', labels: { svc: 'x' }, times: [1], values: [1] },
        { name: 'b', labels: { svc: 'x' }, times: [2], values: [2] },
      ],
      { template: '{{svc}}' }
    );
    const grid = bucketize({ rows: series, from: 0, to: 10, intervalMs: 10 });
    expect(grid.rowNames).toEqual(['x']);
    expect(grid.values(0, 0)).toEqual([1, 2]);
  });

  it('splits row names into multi-level labels', () => {
    expect(matrixOf({ 'eu/web-1': [0, 0, 0] }, '/').rowLevels).toEqual([['eu', 'web-1']]);
  });
});

describe('row sort covers all rows', () => {
  const m = matrixOf({ host10: [0, 0, 0], host2: [1, 0, 0], Host1: [2, 0, 2], host3: [0, 1, 1] });
  const names = (sort: RowSort) => Array.from(sortOrder(m, sort), (i) => m.rowNames[i]);

  it('as queried', () => expect(names('query')).toEqual(['host10', 'host2', 'Host1', 'host3']));
  it('a to z and z to a', () => {
    expect(names('asc')).toEqual(['Host1', 'host10', 'host2', 'host3']);
    expect(names('desc')).toEqual(['host3', 'host2', 'host10', 'Host1']);
  });
  it('natural: numbers inside names compare as numbers', () => {
    expect(names('natural')).toEqual(['Host1', 'host2', 'host3', 'host10']);
  });
  it('worst status first, ties in query order', () => {
    expect(names('worst')).toEqual(['Host1', 'host2', 'host3', 'host10']);
  });
  it('most non-OK cells first', () => {
    expect(names('problems')).toEqual(['Host1', 'host3', 'host2', 'host10']);
  });

  it('permuteRows moves statuses, names and the source row together', () => {
    const sorted = permuteRows(m, sortOrder(m, 'natural'));
    expect(sorted.rowNames[3]).toBe('host10');
    expect(Array.from(sorted.statuses.subarray(0, 3))).toEqual(Array.from(m.statuses.subarray(6, 9)));
    expect(sorted.sourceRow[0]).toBe(2);
  });

  it('filterRows keeps the rows that have a given status (legend filter)', () => {
    const crit = new Set([2]); // status of rule 0 'crit'
    const only = filterRows(m, (r) => rowHasStatus(m, r, crit));
    expect(only.rowNames).toEqual(['Host1']);
  });
});
