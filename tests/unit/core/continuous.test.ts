import { interpolateRdYlGn, interpolateViridis } from 'd3-scale-chromatic';
import { color } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { CoreError, cssToRgba, type SpectrumColoring } from '../../../src/core';
import { oneRow } from './helpers';

const steps = 11; // 0.0, 0.1, ... 1.0: exact steps make expectations readable
const spectrum = (extra: Partial<SpectrumColoring> = {}): SpectrumColoring => ({
  mode: 'spectrum',
  steps,
  ...extra,
});

/** The position on the ramp (0..1) of each cell of row 0. */
function positions(r: ReturnType<typeof oneRow>): number[] {
  return Array.from(r.matrix.statuses.subarray(0, r.matrix.colCount), (s) =>
    s < 2 ? NaN : (s - 2) / (steps - 1)
  );
}

describe('spectrum colouring', () => {
  it('maps values linearly between the data min and max by default', () => {
    expect(positions(oneRow([[0], [5], [10]], { coloring: spectrum() }))).toEqual([0, 0.5, 1]);
  });

  it('labels the ramp with the given formatter (a unit), plain numbers without one', () => {
    const plain = oneRow([[0], [10]], { coloring: spectrum() }).matrix.table.statuses;
    expect([plain[2].label, plain[steps + 1].label]).toEqual(['0', '10']);
    const ms = oneRow([[0], [10]], { coloring: spectrum({ format: (v) => `${v} ms` }) }).matrix.table;
    expect([ms.statuses[2].label, ms.statuses[steps + 1].label]).toEqual(['0 ms', '10 ms']);
  });

  it('honours fixed min and max and clamps outside them', () => {
    expect(positions(oneRow([[-5], [50], [500]], { coloring: spectrum({ min: 0, max: 100 }) }))).toEqual([
      0, 0.5, 1,
    ]);
  });

  it('supports sqrt, pow with an exponent, and log scales', () => {
    const v = [[0], [25], [100]];
    expect(positions(oneRow(v, { coloring: spectrum({ scale: 'sqrt' }) }))).toEqual([0, 0.5, 1]);
    expect(positions(oneRow(v, { coloring: spectrum({ scale: 'pow', exponent: 2 }) }))).toEqual([0, 0.1, 1]); // 0.0625 -> step 1
    expect(positions(oneRow([[1], [10], [100]], { coloring: spectrum({ scale: 'log' }) }))).toEqual([
      0, 0.5, 1,
    ]);
  });

  it('aggregates several values per cell: max (default), min, avg, last', () => {
    const v = [[0], [2, 10, 4], [10]];
    expect(positions(oneRow(v, { coloring: spectrum() }))[1]).toBe(1);
    expect(positions(oneRow(v, { coloring: spectrum({ aggregate: 'min' }) }))[1]).toBe(0.2);
    expect(positions(oneRow(v, { coloring: spectrum({ aggregate: 'avg' }) }))[1]).toBe(0.5);
    expect(positions(oneRow(v, { coloring: spectrum({ aggregate: 'last' }) }))[1]).toBe(0.4);
  });

  it('paints with a d3-scale-chromatic scheme, by full or short name', () => {
    const r = oneRow([[0], [10]], { coloring: spectrum({ scheme: 'Viridis' }) });
    const top = r.matrix.statuses[1];
    expect(r.matrix.table.rgba[top]).toBe(cssToRgba(interpolateViridis(1)));
  });

  it("knows the old plugin's GnYlRd scheme: RdYlGn reversed", () => {
    const r = oneRow([[0], [10]], { coloring: spectrum({ scheme: 'interpolateGnYlRd' }) });
    expect(r.matrix.table.rgba[r.matrix.statuses[0]]).toBe(cssToRgba(interpolateRdYlGn(1)));
  });

  it('paints with custom colour stops and can invert the ramp', () => {
    const r = oneRow([[0], [10]], { coloring: spectrum({ colors: ['#000000', '#ffffff'], invert: true }) });
    expect(r.matrix.table.rgba[r.matrix.statuses[0]]).toBe(cssToRgba('#ffffff'));
    expect(r.matrix.table.rgba[r.matrix.statuses[1]]).toBe(cssToRgba('#000000'));
  });

  it('places numeric strings on the ramp and reports other strings as unknown', () => {
    const r = oneRow([['up'], [3], ['13']], { coloring: spectrum() });
    expect(Array.from(r.matrix.statuses)).toEqual([1, 2, 2 + 10]);
    expect(r.report.unknownValues).toEqual(['up']);
  });

  it('refuses unknown schemes and bad exponents with stable codes', () => {
    const code = (c: SpectrumColoring) => {
      try {
        oneRow([[1]], { coloring: c });
      } catch (e) {
        return (e as CoreError).code;
      }
    };
    expect(code(spectrum({ scheme: 'NoSuchScheme' }))).toBe('INVALID_SCALE');
    expect(code(spectrum({ scale: 'pow', exponent: 0 }))).toBe('INVALID_SCALE');
  });
});

describe('opacity colouring', () => {
  it('keeps one colour and grows opacity from 0 (as the old plugin) to the max', () => {
    const r = oneRow([[0], [5], [10]], { coloring: { mode: 'opacity', color: '#ff0000', steps } });
    const alphas = Array.from(r.matrix.statuses, (s) => color(r.matrix.table.statuses[s].color)!.opacity);
    expect(alphas).toEqual([0, 0.5, 1]);
    expect(color(r.matrix.table.statuses[r.matrix.statuses[2]].color)!.formatHex()).toBe('#ff0000');
  });

  it('reads nulls as zero in zero mode', () => {
    const r = oneRow([[null], [10]], {
      coloring: { mode: 'opacity', color: 'blue', steps },
      nullMode: 'zero',
    });
    expect(r.matrix.statuses[0]).toBe(2);
  });
});
