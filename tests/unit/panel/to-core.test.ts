import {
  FieldColorModeId,
  MappingType,
  SpecialValueMatch,
  ThresholdsMode,
  type FieldConfig,
} from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { bucketize, classify } from '../../../src/core';
import { discreteRules, toClassifyOptions } from '../../../src/panel/to-core';
import { defaultOptions, type StatusmapOptions } from '../../../src/panel/types';

const ctx = { resolveColor: (c: string) => (c === 'green' ? '#73bf69' : c), isDarkTheme: false };

const field: FieldConfig = {
  mappings: [
    {
      type: MappingType.ValueToText,
      options: {
        down: { text: 'Down', color: 'red', index: 1 },
        up: { text: 'Up', color: 'green', index: 0 },
      },
    },
    {
      type: MappingType.RangeToText,
      options: { from: 100, to: null, result: { text: 'Huge', color: 'purple' } },
    },
    { type: MappingType.RegexToText, options: { pattern: '^warn', result: { color: 'orange' } } },
    {
      type: MappingType.SpecialValue,
      options: { match: SpecialValueMatch.NullAndNaN, result: { text: 'No data', color: 'gray' } },
    },
  ],
  thresholds: {
    mode: ThresholdsMode.Absolute,
    steps: [
      { value: -Infinity, color: 'green' },
      { value: 80, color: 'red' },
    ],
  },
};

function statusLabels(
  values: (number | string | null)[],
  options: StatusmapOptions = defaultOptions,
  f: FieldConfig = field
) {
  const grid = bucketize({
    rows: [{ name: 'r', times: values.map((_, i) => i * 10), values }],
    from: 0,
    to: values.length * 10,
    intervalMs: 10,
  });
  const { matrix } = classify(grid, toClassifyOptions(options, f, ctx));
  return Array.from(matrix.statuses, (s) => matrix.table.statuses[s].label);
}

describe('Grafana value mappings and thresholds -> discrete rules', () => {
  it('orders value-map entries by their index and resolves Grafana colour names', () => {
    const rules = discreteRules(field, true, ctx);
    expect(rules.slice(0, 2).map((r) => [r.label, r.color])).toEqual([
      ['Up', '#73bf69'],
      ['Down', 'red'],
    ]);
  });

  it('colours by mapping first, then by the highest threshold step reached', () => {
    expect(statusLabels(['up', 'down', 150, 'warning', null, 85, 3])).toEqual([
      'Up',
      'Down',
      'Huge',
      '^warn',
      'No data',
      '≥ 80',
      'Base',
    ]);
  });

  it('without thresholds, values no mapping matches are unknown', () => {
    const options = { ...defaultOptions, color: { ...defaultOptions.color, useThresholds: false } };
    expect(statusLabels([85], options)).toEqual(['Unknown value']);
  });

  it('ranks thresholds by step and mappings above them, the base step OK', () => {
    const rules = discreteRules(field, true, ctx);
    expect(rules.map((r) => r.severity)).toEqual([6, 5, 4, 3, 2, 1, 0]);
    expect(rules.map((r) => r.ok)).toEqual([false, false, false, false, false, false, true]);
  });

  it('reads percentage thresholds against the field min and max', () => {
    const pct: FieldConfig = {
      min: 0,
      max: 200,
      thresholds: {
        mode: ThresholdsMode.Percentage,
        steps: [
          { value: -Infinity, color: 'green' },
          { value: 50, color: 'red' },
        ],
      },
    };
    expect(statusLabels([99, 100], defaultOptions, pct)).toEqual(['Base', '≥ 50%']);
  });

  it('maps true / false special values to the 1 / 0 booleans arrive as', () => {
    const bools: FieldConfig = {
      mappings: [
        {
          type: MappingType.SpecialValue,
          options: { match: SpecialValueMatch.True, result: { text: 'yes', color: 'green' } },
        },
        {
          type: MappingType.SpecialValue,
          options: { match: SpecialValueMatch.False, result: { text: 'no', color: 'red' } },
        },
      ],
    };
    const grid = bucketize({
      rows: [{ name: 'b', times: [1, 11], values: [true, false] }],
      from: 0,
      to: 20,
      intervalMs: 10,
    });
    const { matrix } = classify(grid, toClassifyOptions(defaultOptions, bools, ctx));
    expect(Array.from(matrix.statuses, (s) => matrix.table.statuses[s].label)).toEqual(['yes', 'no']);
  });
});

describe('status labels in the field’s unit', () => {
  const ms = { ...ctx, format: () => (v: unknown) => `${String(v)} ms` };

  it('writes threshold steps, unnamed ranges and unnamed numeric value keys with the formatter', () => {
    const f: FieldConfig = {
      mappings: [
        { type: MappingType.ValueToText, options: { '5': { color: 'blue' }, idle: { color: 'grey' } } },
        { type: MappingType.RangeToText, options: { from: 10, to: null, result: { color: 'red' } } },
      ],
      thresholds: {
        mode: ThresholdsMode.Absolute,
        steps: [
          { value: -Infinity, color: 'green' },
          { value: 80, color: 'red' },
        ],
      },
    };
    expect(discreteRules(f, true, ms).map((r) => r.label)).toEqual([
      '5 ms',
      'idle',
      '10 ms – +∞',
      '≥ 80 ms',
      'Base',
    ]);
  });

  it('keeps named mappings and percentage steps as written', () => {
    expect(discreteRules(field, true, ms).map((r) => r.label)).toContain('Down');
    const pct: FieldConfig = {
      thresholds: {
        mode: ThresholdsMode.Percentage,
        steps: [
          { value: -Infinity, color: 'green' },
          { value: 50, color: 'red' },
        ],
      },
    };
    expect(discreteRules(pct, true, ms).map((r) => r.label)).toEqual(['≥ 50%', 'Base']);
  });

  it('labels a spectrum ramp with the formatter', () => {
    const spectrum = { ...defaultOptions, color: { ...defaultOptions.color, mode: 'spectrum' as const } };
    const coloring = toClassifyOptions(spectrum, {}, ms).coloring;
    expect(coloring.mode === 'spectrum' && coloring.format?.(3)).toBe('3 ms');
  });
});

describe('single-colour fields', () => {
  const purple: FieldConfig = {
    color: { mode: FieldColorModeId.Fixed, fixedColor: 'purple' },
    mappings: [
      { type: MappingType.ValueToText, options: { '1': { text: 'down' }, '2': { text: 'x', color: 'red' } } },
    ],
    thresholds: field.thresholds,
  };

  it('colour unmapped numbers and colourless mappings in the field colour instead of thresholds', () => {
    const rules = discreteRules(purple, true, ctx);
    expect(rules.map((r) => [r.label, r.color])).toEqual([
      ['down', 'purple'],
      ['x', 'red'],
      ['Any value', 'purple'],
    ]);
    expect(statusLabels([1, 55, 'text'], defaultOptions, purple)).toEqual([
      'down',
      'Any value',
      'Unknown value',
    ]);
  });

  it('leave unmapped values unknown when thresholds are off, as every rule set does', () => {
    const options = { ...defaultOptions, color: { ...defaultOptions.color, useThresholds: false } };
    expect(statusLabels([55], options, purple)).toEqual(['Unknown value']);
  });
});

describe('other options -> core', () => {
  it('passes null handling, gaps, the value index and the label delimiter', () => {
    const options: StatusmapOptions = {
      ...defaultOptions,
      nullMode: 'connected',
      missing: 'hold',
      maxGap: '5m',
      valueIndex: 1,
      rows: { ...defaultOptions.rows, splitLabels: true, delimiter: '/' },
    };
    expect(toClassifyOptions(options, {}, ctx)).toMatchObject({
      nullMode: 'connected',
      missing: 'hold',
      maxGapMs: 300_000,
      valueIndex: 1,
      labelDelimiter: '/',
    });
  });

  it('reads an unparsable gap as no limit', () => {
    expect(toClassifyOptions({ ...defaultOptions, maxGap: 'soon' }, {}, ctx).maxGapMs).toBe(Infinity);
  });

  it('inverts a dark-inverting scheme on dark themes only', () => {
    const spectrum = {
      ...defaultOptions,
      color: {
        ...defaultOptions.color,
        mode: 'spectrum' as const,
        scheme: 'interpolateBlues',
        invert: 'dark' as const,
      },
    };
    expect(toClassifyOptions(spectrum, {}, { ...ctx, isDarkTheme: true }).coloring).toMatchObject({
      invert: true,
    });
    expect(toClassifyOptions(spectrum, {}, ctx).coloring).toMatchObject({ invert: false });
  });
});
