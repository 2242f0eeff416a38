import {
  FieldColorModeId,
  FieldMatcherID,
  FieldType,
  MappingType,
  ThresholdsMode,
  toDataFrame,
  type DataFrame,
  type FieldConfigSource,
} from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { cellDetails } from '../../../src/panel/cell-details';
import { runPipeline, type PipelineInput, type PipelineResult } from '../../../src/panel/pipeline';
import { defaultOptions, type StatusmapOptions } from '../../../src/panel/types';
import { displayFormat } from '../../../src/panel/value-format';
import { frames, processed, replaceVariables, theme, type SeriesSpec } from './fixtures/grafana-frames';

const FROM = 0;
const TO = 60_000;
const times = [5_000, 15_000, 25_000, 35_000, 45_000, 55_000];
const series = (name: string, values: (number | string | null)[], extra: Partial<SeriesSpec> = {}) => ({
  name,
  times,
  values,
  labels: { host: name },
  ...extra,
});

const defaults: FieldConfigSource['defaults'] = {
  mappings: [
    {
      type: MappingType.ValueToText,
      options: {
        '0': { text: 'up', color: 'green', index: 1 },
        '1': { text: 'down', color: 'red', index: 0 },
      },
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

const options: StatusmapOptions = {
  ...defaultOptions,
  tooltip: { ...defaultOptions.tooltip, showValues: true },
};

function run(raw: DataFrame[], fieldConfig: FieldConfigSource, opts = options): PipelineResult {
  const input: PipelineInput = {
    frames: processed(raw, fieldConfig),
    options: opts,
    field: fieldConfig.defaults,
    overrides: fieldConfig.overrides,
    color: {
      resolveColor: (c) => theme.visualization.getColorByName(c),
      isDarkTheme: true,
      format: displayFormat(theme, 'utc'),
    },
    from: FROM,
    to: TO,
    chartWidth: 6 * 7 + 5, // one bucket per point
  };
  const outcome = runPipeline(input);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

/** Status labels of a row, found by name, cell by cell. */
function rowLabels(r: PipelineResult, name: string): string[] {
  const m = r.matrix;
  const row = m.rowNames.indexOf(name);
  return Array.from(
    m.statuses.subarray(row * m.colCount, (row + 1) * m.colCount),
    (s) => m.table.statuses[s].label
  );
}

function rowColors(r: PipelineResult, name: string): string[] {
  const m = r.matrix;
  const row = m.rowNames.indexOf(name);
  return Array.from(
    m.statuses.subarray(row * m.colCount, (row + 1) * m.colCount),
    (s) => m.table.statuses[s].color
  );
}

const details = (r: PipelineResult, name: string, col: number, opts = options) =>
  cellDetails(
    r,
    r.matrix,
    r.matrix.rowNames.indexOf(name),
    col,
    opts,
    { from: FROM, to: TO },
    replaceVariables
  )!;

const latency = [120, 480, 520, 90, 1500, 0];

describe('field overrides, per row', () => {
  it('without overrides every row follows the defaults: one rule set, no per-row rules', () => {
    const r = run(frames([series('web-1', [0, 1, 0, 0, 1, 0]), series('db-1', latency)]), {
      defaults,
      overrides: [],
    });
    expect(r.rows.configs).toHaveLength(1);
    expect(rowLabels(r, 'web-1')).toEqual(['up', 'down', 'up', 'up', 'down', 'up']);
    expect(rowLabels(r, 'db-1')).toEqual(['≥ 80', '≥ 80', '≥ 80', '≥ 80', '≥ 80', 'up']);
  });

  it('byName: a series with its own thresholds and unit is classified, labelled and shown by them', () => {
    const r = run(frames([series('web-1', [0, 1, 0, 0, 1, 0]), series('db-1', latency)]), {
      defaults,
      overrides: [
        {
          matcher: { id: FieldMatcherID.byName, options: 'db-1' },
          properties: [
            {
              id: 'thresholds',
              value: {
                mode: ThresholdsMode.Absolute,
                steps: [
                  { value: -Infinity, color: 'green' },
                  { value: 500, color: 'orange' },
                  { value: 1000, color: 'red' },
                ],
              },
            },
            { id: 'unit', value: 'ms' },
          ],
        },
      ],
    });
    expect(r.rows.configs).toHaveLength(2);
    // The default value mapping still applies to the row (Grafana keeps defaults under an override).
    expect(rowLabels(r, 'db-1')).toEqual(['Base', 'Base', '≥ 500 ms', 'Base', '≥ 1 s', 'up']);
    expect(rowLabels(r, 'web-1')).toEqual(['up', 'down', 'up', 'up', 'down', 'up']);
    expect(rowColors(r, 'db-1')[2]).toBe(theme.visualization.getColorByName('orange'));
    expect(details(r, 'db-1', 4).valueTexts).toEqual(['1.50 s']);
    expect(details(r, 'web-1', 1).valueTexts).toEqual(['1']);
  });

  it('byRegexp: value mappings of an override come before the defaults', () => {
    const raw = frames([
      series('web-1', [0, 1, 2, 0, 0, 0]),
      series('web-2', [0, 1, 2, 0, 0, 0]),
      series('db-1', [0, 1, 2, 0, 0, 0]),
    ]);
    const r = run(raw, {
      defaults,
      overrides: [
        {
          matcher: { id: FieldMatcherID.byRegexp, options: 'web-.*' },
          properties: [
            {
              id: 'mappings',
              value: [
                {
                  type: MappingType.ValueToText,
                  options: {
                    '1': { text: 'maintenance', color: 'blue' },
                    '2': { text: 'degraded', color: 'orange' },
                  },
                },
              ],
            },
          ],
        },
      ],
    });
    expect(rowLabels(r, 'web-1').slice(0, 3)).toEqual(['up', 'maintenance', 'degraded']);
    expect(rowLabels(r, 'web-2').slice(0, 3)).toEqual(['up', 'maintenance', 'degraded']);
    expect(rowLabels(r, 'db-1').slice(0, 3)).toEqual(['up', 'down', 'Base']);
    // Two rule sets, and the legend has one "up" for both.
    expect(r.rows.configs).toHaveLength(2);
    expect(r.matrix.table.statuses.filter((s) => s.label === 'up')).toHaveLength(1);
  });

  it('byFrameRefID: decimals of one query change only its rows’ value text', () => {
    const raw = frames([
      series('a', [0.12345, 0, 0, 0, 0, 0], { refId: 'A' }),
      series('b', [0.12345, 0, 0, 0, 0, 0], { refId: 'B' }),
    ]);
    const r = run(raw, {
      defaults: { ...defaults, unit: 'percentunit' },
      overrides: [
        {
          matcher: { id: FieldMatcherID.byFrameRefID, options: 'B' },
          properties: [{ id: 'decimals', value: 3 }],
        },
      ],
    });
    expect(details(r, 'a', 0).valueTexts).toEqual(['12.3%']);
    expect(details(r, 'b', 0).valueTexts).toEqual(['12.345%']);
  });

  it('byType: string series get their own mappings', () => {
    const raw = frames([
      series('svc', ['OK', 'FAIL', 'OK', 'OK', 'OK', 'OK']),
      series('num', [0, 1, 0, 0, 0, 0]),
      series('num-2', [0, 1, 0, 0, 0, 0]),
    ]);
    const r = run(raw, {
      defaults,
      overrides: [
        {
          matcher: { id: FieldMatcherID.byType, options: FieldType.string },
          properties: [
            {
              id: 'mappings',
              value: [
                {
                  type: MappingType.ValueToText,
                  options: { OK: { text: 'fine', color: 'green' }, FAIL: { text: 'broken', color: 'red' } },
                },
              ],
            },
          ],
        },
      ],
    });
    expect(rowLabels(r, 'svc').slice(0, 2)).toEqual(['fine', 'broken']);
    expect(rowLabels(r, 'num').slice(0, 2)).toEqual(['up', 'down']);
  });

  it('a single-colour override paints the row’s unmapped numbers in its colour', () => {
    const raw = frames([series('web-1', [0, 1, 7, 0, 0, 0]), series('maintenance', [0, 1, 7, 0, 0, 0])]);
    const r = run(raw, {
      defaults,
      overrides: [
        {
          matcher: { id: FieldMatcherID.byName, options: 'maintenance' },
          properties: [{ id: 'color', value: { mode: FieldColorModeId.Fixed, fixedColor: 'purple' } }],
        },
      ],
    });
    const purple = theme.visualization.getColorByName('purple');
    expect(rowLabels(r, 'maintenance').slice(0, 3)).toEqual(['up', 'down', 'Any value']);
    expect(rowColors(r, 'maintenance')[2]).toBe(purple);
    expect(rowLabels(r, 'web-1')[2]).toBe('Base');
  });

  it('sorting by problem cells and the legend see every row’s own statuses', () => {
    // Under the defaults (≥ 80 is a problem) db-1 has 6 problem cells; under its override none.
    const raw = frames([series('db-1', [500, 500, 500, 500, 500, 500]), series('calm', [90, 5, 5, 5, 5, 5])]);
    const r = run(
      raw,
      {
        defaults,
        overrides: [
          {
            matcher: { id: FieldMatcherID.byName, options: 'db-1' },
            properties: [
              {
                id: 'thresholds',
                value: {
                  mode: ThresholdsMode.Absolute,
                  steps: [
                    { value: -Infinity, color: 'green' },
                    { value: 1000, color: 'red' },
                  ],
                },
              },
            ],
          },
        ],
      },
      { ...options, rows: { ...options.rows, sort: 'problems' } }
    );
    expect(r.matrix.rowNames).toEqual(['calm', 'db-1']);
    // "Base" of the defaults and of the override look and rank the same: one legend entry.
    expect(r.matrix.table.statuses.filter((s) => s.label === 'Base')).toHaveLength(1);
  });

  it('leaves spectrum mode to one panel-wide ramp, labelled in the main unit', () => {
    const raw = frames([series('a', [0, 50, 100, 0, 0, 0]), series('b', [0, 50, 100, 0, 0, 0])]);
    const r = run(
      raw,
      {
        defaults: { ...defaults, unit: 'ms' },
        overrides: [
          {
            matcher: { id: FieldMatcherID.byName, options: 'b' },
            properties: [{ id: 'decimals', value: 2 }],
          },
        ],
      },
      { ...options, color: { ...options.color, mode: 'spectrum' } }
    );
    const statuses = r.matrix.table.statuses;
    expect(statuses).toHaveLength(2 + 256);
    expect([statuses[2].label, statuses[statuses.length - 1].label]).toEqual(['0 ms', '100 ms']);
    expect(details(r, 'b', 1).valueTexts).toEqual(['50.00 ms']);
    expect(details(r, 'a', 1).valueTexts).toEqual(['50 ms']);
  });
});

describe('data links in cell details', () => {
  const link = {
    title: 'Host ${__series.name}',
    url: '/d/host?var-host=${__field.labels.host}&value=${__value.raw}&t=${__value.time}',
  };
  const evil = '<img src=x onerror=alert(1)>';

  it('interpolates the panel’s links with the cell’s series, point time and value', () => {
    const r = run(frames([series('web-1', [0, 1, 0, 0, 1, 0])]), {
      defaults: { ...defaults, links: [link] },
      overrides: [],
    });
    const d = details(r, 'web-1', 1);
    expect(d.dataLinks).toEqual([
      expect.objectContaining({ text: 'Host web-1', href: '/d/host?var-host=web-1&value=1&t=15000' }),
    ]);
  });

  it('adds an override’s links to its rows only, and neutralises unsafe hrefs', () => {
    const r = run(frames([series('web-1', [0, 0, 0, 0, 0, 0]), series(evil, [0, 0, 0, 0, 0, 0])]), {
      defaults: { ...defaults, links: [link] },
      overrides: [
        {
          matcher: { id: FieldMatcherID.byName, options: evil },
          properties: [
            {
              id: 'links',
              value: [
                { title: 'Runbook for ${__series.name}', url: 'java\tscript:alert(1)' },
                { title: 'Logs', url: 'https://logs.example/?q=${__field.labels.host}' },
              ],
            },
          ],
        },
      ],
    });
    expect(details(r, 'web-1', 0).dataLinks.map((l) => l.text)).toEqual(['Host web-1']);
    const hostile = details(r, evil, 0).dataLinks;
    expect(hostile.map((l) => l.text)).toEqual([`Runbook for ${evil}`, 'Logs', `Host ${evil}`]);
    expect(hostile[0].href).toBe('#');
    expect(hostile[1].href).toBe(`https://logs.example/?q=${encodeURIComponent(evil)}`);
  });

  it('finds the point of a cell in a long table through its frame rows', () => {
    const long = toDataFrame({
      fields: [
        { name: 'time', type: FieldType.time, values: [5_000, 5_000, 15_000, 15_000] },
        { name: 'host', type: FieldType.string, values: ['a', 'b', 'a', 'b'] },
        { name: 'up', type: FieldType.number, values: [0, 1, 1, 0] },
      ],
    });
    const r = run([long], {
      defaults: { ...defaults, links: [{ title: 'x', url: '/x?v=${__value.raw}&t=${__value.time}' }] },
      overrides: [],
    });
    expect(details(r, 'b', 1).dataLinks[0].href).toBe('/x?v=0&t=15000');
    expect(details(r, 'a', 1).dataLinks[0].href).toBe('/x?v=1&t=15000');
  });

  it('speaks of the value the panel colours by: the N-th with a value index, else the last', () => {
    const twoPerCell = frames([{ name: 'w', times: [1_000, 2_000, 11_000], values: [0, 1, 0], labels: {} }]);
    const fieldConfig = {
      defaults: { ...defaults, links: [{ title: 'x', url: '/x?v=${__value.raw}' }] },
      overrides: [],
    };
    const last = run(twoPerCell, fieldConfig);
    expect(details(last, 'w', 0).dataLinks[0].href).toBe('/x?v=1');
    const first = run(twoPerCell, fieldConfig, { ...options, valueIndex: 0 });
    expect(details(first, 'w', 0, { ...options, valueIndex: 0 }).dataLinks[0].href).toBe('/x?v=0');
  });

  it('gives an empty cell the series’ links without a value', () => {
    const r = run(frames([{ name: 'gap', times: [5_000], values: [0], labels: { host: 'gap' } }]), {
      defaults: { ...defaults, links: [{ title: 'x', url: '/x?h=${__field.labels.host}' }] },
      overrides: [],
    });
    expect(details(r, 'gap', 3).dataLinks[0].href).toBe('/x?h=gap');
  });
});
