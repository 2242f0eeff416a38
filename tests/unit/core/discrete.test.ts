import { describe, expect, it } from 'vitest';
import { CoreError, type DiscreteColoring, type DiscreteRule } from '../../../src/core';
import { labels, oneRow } from './helpers';

const rules: DiscreteRule[] = [
  { match: { kind: 'value', value: 2 }, color: 'red', label: 'down' },
  { match: { kind: 'range', from: 10, to: 20 }, color: 'orange', label: 'slow' },
  { match: { kind: 'regex', pattern: '^deg' }, color: 'yellow', label: 'degraded' },
  { match: { kind: 'value', value: 'ok' }, color: 'green', label: 'ok' },
  { match: { kind: 'value', value: 0 }, color: 'green', label: 'zero' },
];
const discrete = (extra: Partial<DiscreteColoring> = {}): DiscreteColoring => ({
  mode: 'discrete',
  rules,
  ...extra,
});

describe('discrete colouring', () => {
  it('matches exact values, numeric ranges (inclusive) and regexes for strings', () => {
    const r = oneRow([[2], [10], [20], ['degraded'], ['ok'], [0]], { coloring: discrete() });
    expect(labels(r)).toEqual(['down', 'slow', 'slow', 'degraded', 'ok', 'zero']);
  });

  it('compares values loosely as the old plugin did: rule "1" matches 1 and rule 2 matches "2"', () => {
    const loose: DiscreteColoring = {
      mode: 'discrete',
      rules: [{ match: { kind: 'value', value: '1' }, color: 'red', label: 'one' }],
    };
    expect(labels(oneRow([[1]], { coloring: loose }))).toEqual(['one']);
    expect(labels(oneRow([['2']], { coloring: discrete() }))).toEqual(['down']);
  });

  it('gives a value no rule matches the explicit unknown status and reports it', () => {
    const r = oneRow([[7], ['weird'], [2]], { coloring: discrete() });
    expect(labels(r)).toEqual(['Unknown value', 'Unknown value', 'down']);
    expect(r.report.unknownCells).toBe(2);
    expect(r.report.unknownValues).toEqual(['7', 'weird']); // a string row: numbers read as text
    expect(r.matrix.table.statuses[1].color).not.toMatch(/^(black|#000|#000000)$/);
  });

  it('with several values, the first rule in list order wins by default (the old plugin)', () => {
    expect(labels(oneRow([[0, 2, 15]], { coloring: discrete() }))).toEqual(['down']);
    expect(labels(oneRow([[0, 15]], { coloring: discrete() }))).toEqual(['slow']);
  });

  it('an unknown value among matched ones does not win under first-rule priority, but is reported', () => {
    const r = oneRow([[0, 99]], { coloring: discrete() });
    expect(labels(r)).toEqual(['zero']);
    expect(r.report.unknownValues).toEqual([]);
  });

  it('worst-status-wins uses severities, and unknown outranks every rule', () => {
    const bySeverity: DiscreteColoring = {
      mode: 'discrete',
      priority: 'worst',
      rules: [
        { match: { kind: 'value', value: 1 }, color: 'green', label: 'ok', severity: 0 },
        { match: { kind: 'value', value: 2 }, color: 'red', label: 'crit', severity: 5 },
        { match: { kind: 'value', value: 3 }, color: 'orange', label: 'warn', severity: 3 },
      ],
    };
    expect(
      labels(
        oneRow(
          [
            [1, 3],
            [3, 2, 1],
            [1, 4],
          ],
          { coloring: bySeverity }
        )
      )
    ).toEqual(['warn', 'crit', 'Unknown value']);
  });

  it("'last' priority colours a cell by its most recent value", () => {
    expect(labels(oneRow([[2, 0]], { coloring: discrete({ priority: 'last' }) }))).toEqual(['zero']);
  });

  it('a null rule colours null-only cells, whatever the null mode', () => {
    const withNull: DiscreteColoring = {
      mode: 'discrete',
      rules: [{ match: { kind: 'null' }, color: 'gray', label: 'no data' }, ...rules],
    };
    expect(labels(oneRow([[null], [NaN]], { coloring: withNull, nullMode: 'zero' }))).toEqual([
      'no data',
      'no data',
    ]);
  });

  it('defaults severities to list order: the first rule the worst, the last one OK', () => {
    const r = oneRow([[0]], { coloring: discrete() });
    const table = r.matrix.table.statuses.slice(2);
    expect(table.map((s) => s.severity)).toEqual([4, 3, 2, 1, 0]);
    expect(table.map((s) => s.ok)).toEqual([false, false, false, false, true]);
  });

  it('refuses an invalid regex with a stable code', () => {
    const bad: DiscreteColoring = {
      mode: 'discrete',
      rules: [{ match: { kind: 'regex', pattern: '(' }, color: 'red' }],
    };
    expect(() => oneRow([[1]], { coloring: bad })).toThrow(CoreError);
    try {
      oneRow([[1]], { coloring: bad });
    } catch (e) {
      expect((e as CoreError).code).toBe('INVALID_RULE');
    }
  });

  it('refuses a colour that is not CSS', () => {
    const bad: DiscreteColoring = {
      mode: 'discrete',
      rules: [{ match: { kind: 'value', value: 1 }, color: 'not-a-colour' }],
    };
    expect(() => oneRow([[1]], { coloring: bad })).toThrow(/Not a CSS colour/);
  });

  it('is not fooled by a global regex flag (test() would be stateful)', () => {
    const g: DiscreteColoring = {
      mode: 'discrete',
      rules: [{ match: { kind: 'regex', pattern: 'a', flags: 'g' }, color: 'red', label: 'A' }],
    };
    expect(labels(oneRow([['a'], ['ba'], ['ca']], { coloring: g }))).toEqual(['A', 'A', 'A']);
  });
});
