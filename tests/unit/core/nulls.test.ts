import { describe, expect, it } from 'vitest';
import { type DiscreteColoring } from '../../../src/core';
import { labels, oneRow } from './helpers';

const coloring: DiscreteColoring = {
  mode: 'discrete',
  rules: [
    { match: { kind: 'value', value: 1 }, color: 'red', label: 'down' },
    { match: { kind: 'value', value: 0 }, color: 'green', label: 'up' },
  ],
};

describe('null handling', () => {
  it("'empty' (default) leaves null-only cells empty", () => {
    expect(labels(oneRow([[1], [null], [0]], { coloring }))).toEqual(['down', 'No data', 'up']);
  });

  it("'zero' reads nulls as 0", () => {
    expect(labels(oneRow([[1], [null], [1]], { coloring, nullMode: 'zero' }))).toEqual([
      'down',
      'up',
      'down',
    ]);
  });

  it("'connected' carries the last status over null cells", () => {
    expect(labels(oneRow([[1], [null], [null], [0]], { coloring, nullMode: 'connected' }))).toEqual([
      'down',
      'down',
      'down',
      'up',
    ]);
  });

  it("'connected' stops carrying after maxGapMs", () => {
    // The last value is at t=0; cell 2 starts at 20 ms, cell 3 at 30 ms.
    expect(
      labels(oneRow([[1], [null], [null], [null]], { coloring, nullMode: 'connected', maxGapMs: 20 }))
    ).toEqual(['down', 'down', 'down', 'No data']);
  });

  it('a null next to a value in one cell does not hide the value', () => {
    expect(labels(oneRow([[null, 1]], { coloring }))).toEqual(['down']);
  });
});

describe('sparse data', () => {
  it('by default, buckets without points stay empty', () => {
    expect(labels(oneRow([[1], [], [], [0]], { coloring }))).toEqual(['down', 'No data', 'No data', 'up']);
  });

  it('hold keeps the last status across buckets without points', () => {
    expect(labels(oneRow([[1], [], [], [0], []], { coloring, missing: 'hold' }))).toEqual([
      'down',
      'down',
      'down',
      'up',
      'up',
    ]);
  });

  it('hold stops after maxGapMs', () => {
    expect(labels(oneRow([[1], [], [], []], { coloring, missing: 'hold', maxGapMs: 10 }))).toEqual([
      'down',
      'down',
      'No data',
      'No data',
    ]);
  });

  it('hold does not carry across an explicit null shown as empty', () => {
    const r = oneRow([[1], [null], []], { coloring, missing: 'hold' });
    expect(labels(r)).toEqual(['down', 'No data', 'No data']);
  });

  it('hold carries a null read as zero like any value', () => {
    const r = oneRow([[1], [null], []], { coloring, missing: 'hold', nullMode: 'zero' });
    expect(labels(r)).toEqual(['down', 'up', 'up']);
  });
});

describe('buckets without points as zero (the old "null as zero")', () => {
  it('paints them with the status of 0', () => {
    const r = oneRow([[1], [], [null]], { coloring, missing: 'zero', nullMode: 'zero' });
    expect(labels(r)).toEqual(['down', 'up', 'up']);
  });
});

describe('valueIndex (the old seriesFilterIndex)', () => {
  it('colours a cell by its N-th value only', () => {
    expect(labels(oneRow([[0, 1], [1, 0], [1]], { coloring, valueIndex: 1 }))).toEqual([
      'down',
      'up',
      'No data',
    ]);
  });

  it('counts cells with several values in the report', () => {
    expect(oneRow([[0, 1], [1], [0, 0, 1]], { coloring }).report.multiValueCells).toBe(2);
  });
});
