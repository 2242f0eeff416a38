import type { DataFrame, FieldConfig } from '@grafana/data';
import {
  bucketInterval,
  bucketize,
  classify,
  CoreError,
  filterRows,
  labelRows,
  permuteRows,
  rowHasStatus,
  sortOrder,
  type BucketGrid,
  type ClassifyReport,
  type StatusMatrix,
} from '../core';
import { framesToSeries, type PanelSeries } from './frames';
import { rowConfigs, type RowConfigs } from './row-config';
import { toClassifyOptions, withRowColorings, type ColorContext } from './to-core';
import type { StatusmapOptions } from './types';
import { plainFormat, type FormatterFor } from './value-format';

export interface PipelineInput {
  frames: readonly DataFrame[];
  options: StatusmapOptions;
  /** The panel's field config defaults; each row follows its own field's config where Grafana set one. */
  field: FieldConfig;
  /** The panel's field overrides: with none, all rows follow one config (no per-row pass). */
  overrides?: readonly unknown[];
  color: ColorContext;
  from: number;
  to: number;
  /** Width available for cells, in CSS px. */
  chartWidth: number;
  /** The query's interval (Grafana already applied the panel's and data source's min interval). */
  queryIntervalMs?: number;
}

export interface PipelineResult {
  frames: readonly DataFrame[];
  series: PanelSeries[];
  grid: BucketGrid;
  /** Per grid row: the field config (overrides included) it follows. */
  rows: RowConfigs;
  /** Value text per field config (unit, decimals). */
  format: FormatterFor;
  /** All rows, sorted: what the legend counts. */
  matrix: StatusMatrix;
  report: ClassifyReport;
}

export type PipelineOutcome =
  { ok: true; result: PipelineResult } | { ok: false; code: string; message: string };

/** Data frames to the sorted status matrix: every step of src/core, in order. Never throws on bad input. */
export function runPipeline(input: PipelineInput): PipelineOutcome {
  const { options } = input;
  try {
    let series = framesToSeries(input.frames);
    series = labelRows(series, {
      template: options.rows.labelTemplate,
      delimiter: options.rows.splitLabels ? options.rows.delimiter : undefined,
    }) as PanelSeries[];
    if (options.rows.filter.trim() !== '') {
      const filter = new RegExp(options.rows.filter);
      series = series.filter((s) => filter.test(s.name));
    }
    const { intervalMs } = bucketInterval({
      rangeMs: input.to - input.from,
      chartWidth: Math.max(1, input.chartWidth),
      cardMinWidth: Math.max(1, options.cards.cardMinWidth),
      cardHSpacing: Math.max(0, options.cards.cardHSpacing),
      minIntervalMs: input.queryIntervalMs ?? 0,
    });
    const grid = bucketize({ rows: series, from: input.from, to: input.to, intervalMs });
    const perRow = (input.overrides?.length ?? 0) > 0;
    const rows = rowConfigs(series, input.frames, input.field, grid.rowCount, perRow);
    const classifyOptions = withRowColorings(
      toClassifyOptions(options, rows.configs[rows.main], input.color),
      options,
      rows,
      input.color
    );
    const { matrix, report } = classify(grid, classifyOptions);
    return {
      ok: true,
      result: {
        frames: input.frames,
        series,
        grid,
        rows,
        format: input.color.format ?? plainFormat,
        matrix: permuteRows(matrix, sortOrder(matrix, options.rows.sort)),
        report,
      },
    };
  } catch (e) {
    if (e instanceof CoreError) return { ok: false, code: e.code, message: e.message };
    if (e instanceof SyntaxError)
      return { ok: false, code: 'INVALID_ROW_FILTER', message: `Row filter: ${e.message}` };
    throw e;
  }
}

/** Rows that have at least one of the legend's chosen statuses (all rows when none is chosen). */
export function filterByStatuses(matrix: StatusMatrix, chosen: ReadonlySet<number>): StatusMatrix {
  return chosen.size === 0 ? matrix : filterRows(matrix, (r) => rowHasStatus(matrix, r, chosen));
}

/** One page of rows (the old plugin's pagination), 0-based page. */
export function pageOf(matrix: StatusMatrix, page: number, pageSize: number): StatusMatrix {
  const size = Math.max(1, Math.floor(pageSize));
  const start = Math.min(page * size, Math.max(0, matrix.rowCount - 1));
  const order = Uint32Array.from(
    { length: Math.max(0, Math.min(size, matrix.rowCount - start)) },
    (_, i) => start + i
  );
  return permuteRows(matrix, order);
}

/** How many cells have each status: the legend's counts. */
export function statusCounts(matrix: StatusMatrix): Uint32Array {
  const counts = new Uint32Array(matrix.table.size);
  for (let i = 0; i < matrix.statuses.length; i++) counts[matrix.statuses[i]]++;
  return counts;
}
