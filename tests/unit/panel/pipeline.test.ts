import { FieldType, MappingType, toDataFrame, type FieldConfig } from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { cellDetails } from '../../../src/panel/cell-details';
import { safeHref } from '../../../src/panel/safe-href';
import {
  filterByStatuses,
  pageOf,
  runPipeline,
  statusCounts,
  type PipelineInput,
} from '../../../src/panel/pipeline';
import { defaultOptions, type StatusmapOptions } from '../../../src/panel/types';

const FROM = 0;
const TO = 60_000;
const field: FieldConfig = {
  mappings: [
    {
      type: MappingType.ValueToText,
      options: {
        '0': { text: 'ok', color: 'green', index: 1 },
        '1': { text: 'down', color: 'red', index: 0 },
      },
    },
  ],
};

function frame(name: string, values: number[]) {
  return toDataFrame({
    fields: [
      { name: 'time', type: FieldType.time, values: values.map((_, i) => i * 10_000 + 5_000) },
      { name: 'Value', type: FieldType.number, values, labels: { host: name } },
    ],
  });
}

function input(
  options: Partial<StatusmapOptions> = {},
  frames = [
    frame('web-2', [0, 0, 1, 0, 0, 0]),
    frame('web-10', [0, 1, 1, 1, 0, 0]),
    frame('db', [0, 0, 0, 0, 0, 0]),
  ]
): PipelineInput {
  return {
    frames,
    options: { ...defaultOptions, color: { ...defaultOptions.color, useThresholds: false }, ...options },
    field,
    color: { resolveColor: (c) => c, isDarkTheme: false },
    from: FROM,
    to: TO,
    chartWidth: 6 * 7 + 5, // six 5 px cards with 2 px spacing: one bucket per 10 s
  };
}

const run = (i: PipelineInput) => {
  const outcome = runPipeline(i);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
};

describe('panel pipeline', () => {
  it('buckets, colours and sorts all rows', () => {
    const r = run(input({ rows: { ...defaultOptions.rows, sort: 'problems' } }));
    expect(r.matrix.colCount).toBe(6);
    expect(r.matrix.rowNames).toEqual(['web-10', 'web-2', 'db']);
  });

  it('filters rows by a regex over their labels, and reports a bad regex with a stable code', () => {
    expect(run(input({ rows: { ...defaultOptions.rows, filter: '^web' } })).matrix.rowNames).toEqual([
      'web-2',
      'web-10',
    ]);
    expect(runPipeline(input({ rows: { ...defaultOptions.rows, filter: '(' } }))).toMatchObject({
      ok: false,
      code: 'INVALID_ROW_FILTER',
    });
  });

  it('turns core errors into outcomes instead of exceptions', () => {
    const bad = { ...input(), to: FROM };
    expect(runPipeline(bad)).toMatchObject({ ok: false, code: 'INVALID_RANGE' });
  });

  it('counts cells per status and filters rows by chosen statuses (legend)', () => {
    const r = run(input());
    const counts = statusCounts(r.matrix);
    const down = r.matrix.table.statuses.findIndex((s) => s.label === 'down');
    expect(counts[down]).toBe(4);
    expect(filterByStatuses(r.matrix, new Set([down])).rowNames).toEqual(['web-2', 'web-10']);
    expect(filterByStatuses(r.matrix, new Set()).rowCount).toBe(3);
  });

  it('pages rows', () => {
    const r = run(input());
    expect(pageOf(r.matrix, 1, 2).rowNames).toEqual(['db']);
    expect(pageOf(r.matrix, 0, 2).rowNames).toEqual(['web-2', 'web-10']);
  });
});

describe('cell details', () => {
  const evil = '<img src=x onerror=alert(1)>';
  const options: StatusmapOptions = {
    ...defaultOptions,
    color: { ...defaultOptions.color, useThresholds: false },
    tooltip: {
      ...defaultOptions.tooltip,
      showItems: true,
      customContent: '<b>${__y_label}</b> is ${__value}',
      items: [
        {
          urlTemplate: '/d/host?var-host=${__labels.host}&${__url_time_range}',
          urlText: 'Host',
          urlIcon: '',
          urlToLowerCase: false,
          valueDateFormat: '',
        },
        {
          urlTemplate: 'javascript:alert(1)',
          urlText: 'bad',
          urlIcon: '',
          urlToLowerCase: false,
          valueDateFormat: '',
        },
      ],
    },
  };

  it('reads values from the grid through sorted rows, escapes user text and URL-encodes link values', () => {
    const r = run({ ...input(), options, frames: [frame(evil, [0, 1, 0, 0, 0, 0])] });
    const d = cellDetails(r, r.matrix, 0, 1, options, { from: FROM, to: TO }, (s) => s)!;
    expect(d.values).toEqual([1]);
    expect(d.statusLabel).toBe('down');
    expect(d.customHtml).toBe('<b>&lt;img src=x onerror=alert(1)&gt;</b> is 1');
    expect(d.links[0].href).toBe(`/d/host?var-host=${encodeURIComponent(evil)}&from=0&to=60000`);
    expect(d.links[1].href).toBe('#');
  });

  it('lets dashboard variables be interpolated after our variables', () => {
    const r = run({ ...input(), options });
    const d = cellDetails(
      r,
      r.matrix,
      0,
      0,
      { ...options, tooltip: { ...options.tooltip, customContent: '$env' } },
      { from: FROM, to: TO },
      (s) => s.replace('$env', 'prod')
    )!;
    expect(d.customHtml).toBe('prod');
  });

  it('only lets http(s) and relative links through', () => {
    expect(safeHref(' JavaScript:alert(1)')).toBe('#');
    expect(safeHref('data:text/html,x')).toBe('#');
    expect(safeHref('https://x.example/a')).toBe('https://x.example/a');
    expect(safeHref('/d/abc?x=1')).toBe('/d/abc?x=1');
    // What a browser reads: tabs and newlines inside, controls and spaces around, are dropped.
    expect(safeHref('java\tscript:alert(1)')).toBe('#');
    expect(safeHref('\u0001 jav\nascript:alert(1)')).toBe('#');
  });
});
