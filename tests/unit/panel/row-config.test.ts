import { FieldType, MappingType, toDataFrame, type FieldConfig } from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { framesToSeries } from '../../../src/panel/frames';
import { rowConfigs, sameJson, seriesOfRow } from '../../../src/panel/row-config';
import { frames, processed } from './fixtures/grafana-frames';

const mappings: FieldConfig['mappings'] = [
  { type: MappingType.ValueToText, options: { '1': { text: 'down', color: 'red' } } },
];
const spec = (name: string) => ({ name, times: [1], values: [1], labels: {} });

describe('which field config each row follows', () => {
  it('groups rows whose fields Grafana gave the same config, by identity or by value', () => {
    const raw = frames([spec('a'), spec('b'), spec('c')]);
    const data = processed(raw, {
      defaults: { mappings },
      overrides: [{ matcher: { id: 'byName', options: 'b' }, properties: [{ id: 'unit', value: 'ms' }] }],
    });
    const { groupOf, configs, main } = rowConfigs(framesToSeries(data), data, { mappings }, 3);
    expect(Array.from(groupOf)).toEqual([0, 1, 0]);
    expect(configs[1].unit).toBe('ms');
    expect(main).toBe(0);
    // Equal in value though not the same objects (cloned by a host): still one group.
    const copy = data.map((f) => ({
      ...f,
      fields: f.fields.map((x) => ({ ...x, config: structuredClone(x.config) })),
    }));
    expect(copy[0].fields[1].config.mappings).not.toBe(copy[2].fields[1].config.mappings);
    expect(Array.from(rowConfigs(framesToSeries(copy), copy, {}, 3).groupOf)).toEqual([0, 1, 0]);
  });

  it('fills what a field does not set from the panel defaults (frames no host processed)', () => {
    const raw = frames([spec('a'), spec('b')]);
    raw[1].fields[1].config.unit = 's';
    const { configs, groupOf } = rowConfigs(framesToSeries(raw), raw, { mappings, unit: 'ms' }, 2);
    expect(configs.map((c) => [c.unit, c.mappings])).toEqual([
      ['ms', mappings],
      ['s', mappings],
    ]);
    expect(Array.from(groupOf)).toEqual([0, 1]);
  });

  it('reads null and missing alike: both leave a key to the defaults', () => {
    const raw = frames([spec('a'), spec('b'), spec('c')]);
    raw[0].fields[1].config.min = null;
    raw[1].fields[1].config.thresholds = undefined;
    const { configs } = rowConfigs(framesToSeries(raw), raw, { max: null }, 3);
    expect(configs).toHaveLength(1);
  });

  it('without overrides, lets every row follow the first row’s config, data source settings included', () => {
    const raw = frames([spec('a'), spec('b')]);
    raw[0].fields[1].config.unit = 'ms'; // e.g. CloudWatch sets the metric's unit on its fields
    raw[1].fields[1].config.unit = 's';
    const { groupOf, configs } = rowConfigs(framesToSeries(raw), raw, { mappings }, 2, false);
    expect(Array.from(groupOf)).toEqual([0, 0]);
    expect(configs.map((c) => [c.unit, c.mappings])).toEqual([['ms', mappings]]);
  });

  it('makes the config most rows follow the main one', () => {
    const raw = frames([spec('a'), spec('b'), spec('c')]);
    raw[1].fields[1].config.unit = 's';
    raw[2].fields[1].config.unit = 's';
    expect(rowConfigs(framesToSeries(raw), raw, {}, 3).main).toBe(1);
  });

  it('merges series of equal names into one row, in first-seen order as the grid does', () => {
    const long = toDataFrame({
      fields: [
        { name: 'time', type: FieldType.time, values: [1, 1, 2] },
        { name: 'host', type: FieldType.string, values: ['x', 'y', 'x'] },
        { name: 'v', type: FieldType.number, values: [0, 1, 0] },
      ],
    });
    const extra = frames([spec('x')]);
    extra[0].fields[1].config.unit = 's'; // a later series of row "x": the row keeps its first's config
    const all = [long, ...extra];
    const series = framesToSeries(all);
    const { groupOf, configs } = rowConfigs(series, all, {}, 2);
    expect(Array.from(groupOf)).toEqual([0, 0]);
    expect(configs).toHaveLength(1);
    expect(seriesOfRow(series, ['x', 'y'], 0).map((s) => s.frameIndex)).toEqual([0, 1]);
    expect(seriesOfRow(series, ['x', 'y'], 1).map((s) => s.labels)).toEqual([{ host: 'y' }]);
  });

  it('compares config values structurally, ignoring undefined keys', () => {
    expect(sameJson({ a: [1, { b: -Infinity }] }, { a: [1, { b: -Infinity }] })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});
