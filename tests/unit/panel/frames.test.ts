import { FieldType, toDataFrame } from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { framesToSeries } from '../../../src/panel/frames';

describe('data frames -> series', () => {
  it('wide time series: one series per value field, named as Grafana names it, with its labels', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'Time', type: FieldType.time, values: [1000, 2000] },
        { name: 'Value', type: FieldType.number, values: [1, 0], labels: { instance: 'db-1', job: 'node' } },
        { name: 'Value', type: FieldType.number, values: [0, 0], labels: { instance: 'db-2', job: 'node' } },
      ],
    });
    const series = framesToSeries([frame]);
    expect(series.map((s) => s.name)).toEqual([
      '{instance="db-1", job="node"}',
      '{instance="db-2", job="node"}',
    ]);
    expect(series[0].labels).toEqual({ instance: 'db-1', job: 'node' });
    expect(Array.from(series[0].times)).toEqual([1000, 2000]);
    expect(Array.from(series[0].values)).toEqual([1, 0]);
  });

  it('many frames (one per Prometheus series) with display names from the legend', () => {
    const frames = ['api', 'db'].map((name) =>
      toDataFrame({
        fields: [
          { name: 'Time', type: FieldType.time, values: [1000] },
          { name: 'Value', type: FieldType.number, values: [1], config: { displayNameFromDS: name } },
        ],
      })
    );
    expect(framesToSeries(frames).map((s) => s.name)).toEqual(['api', 'db']);
  });

  it('string, boolean and enum fields are statuses too', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'time', type: FieldType.time, values: [1, 2] },
        { name: 'state', type: FieldType.string, values: ['up', 'down'] },
        { name: 'ok', type: FieldType.boolean, values: [true, false] },
        {
          name: 'level',
          type: FieldType.enum,
          values: [0, 1],
          config: { type: { enum: { text: ['low', 'high'] } } },
        },
      ],
    });
    expect(framesToSeries([frame]).map((s) => Array.from(s.values))).toEqual([
      ['up', 'down'],
      [true, false],
      ['low', 'high'],
    ]);
  });

  it('long tables: label columns split rows, times repeat', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'time', type: FieldType.time, values: [1, 1, 2, 2] },
        { name: 'host', type: FieldType.string, values: ['a', 'b', 'a', 'b'] },
        { name: 'status', type: FieldType.number, values: [0, 1, 2, 3] },
      ],
    });
    const series = framesToSeries([frame]);
    expect(series.map((s) => [s.name, s.labels, Array.from(s.times), Array.from(s.values)])).toEqual([
      ['a', { host: 'a' }, [1, 2], [0, 2]],
      ['b', { host: 'b' }, [1, 2], [1, 3]],
    ]);
  });

  it('long tables of status texts: the last string column holds the values', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'time', type: FieldType.time, values: [1, 1] },
        { name: 'host', type: FieldType.string, values: ['a', 'b'] },
        { name: 'state', type: FieldType.string, values: ['up', 'down'] },
      ],
    });
    expect(framesToSeries([frame]).map((s) => [s.name, Array.from(s.values)])).toEqual([
      ['a', ['up']],
      ['b', ['down']],
    ]);
  });

  it('skips frames without a time field', () => {
    const frame = toDataFrame({ fields: [{ name: 'n', type: FieldType.number, values: [1] }] });
    expect(framesToSeries([frame])).toEqual([]);
  });

  it('number fields become Float64Arrays with nulls as NaN; a stray string keeps the raw values', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'Time', type: FieldType.time, values: [1000, 2000, 3000] },
        { name: 'a', type: FieldType.number, values: [1, null, 2.5] },
        { name: 'b', type: FieldType.number, values: [1, 'down', null] },
      ],
    });
    const [a, b] = framesToSeries([frame]);
    expect(a.times).toBeInstanceOf(Float64Array);
    expect(a.values).toBeInstanceOf(Float64Array);
    expect(Array.from(a.values)).toEqual([1, NaN, 2.5]);
    expect(b.values).toEqual([1, 'down', null]);
  });

  it('keeps every series its own points when thousands share the buffers they are carved from', () => {
    // 1,500 frames of 120 points: the times and values span several of the shared buffers.
    const frames = Array.from({ length: 1500 }, (_, f) =>
      toDataFrame({
        fields: [
          { name: 'Time', type: FieldType.time, values: Array.from({ length: 120 }, (_, i) => f * 1e6 + i) },
          {
            name: 'Value',
            type: FieldType.number,
            values: Array.from({ length: 120 }, (_, i) => f + i / 1000),
          },
        ],
      })
    );
    const series = framesToSeries(frames);
    expect(series).toHaveLength(1500);
    for (const [f, s] of series.entries()) {
      expect(s.times).toHaveLength(120);
      expect(s.times[0]).toBe(f * 1e6);
      expect(s.times[119]).toBe(f * 1e6 + 119);
      expect(s.values[0]).toBe(f);
      expect(s.values[119]).toBe(f + 0.119);
    }
  });
});
