import type { InterpolateFunction } from '@grafana/data';
import { expandTemplate, type RawValue, type TemplateContext } from '../core';
import type { PipelineResult } from './pipeline';
import type { StatusmapOptions } from './types';

/** Everything the tooltip shows about one cell, with user text already made safe for where it goes. */
export interface CellDetails {
  rowName: string;
  from: number;
  to: number;
  statusLabel: string;
  color: string;
  values: RawValue[];
  labels: Readonly<Record<string, string>>;
  links: { href: string; text: string; icon: string }[];
  /** Author's custom content with cell values HTML-escaped; still to be sanitized before display. */
  customHtml: string;
}

/**
 * The details of matrix cell (row, col): its values come from the grid row it was built from, found
 * through `sourceRow` and the bucket's start time (the matrix may be sorted, filtered or paged).
 */
export function cellDetails(
  result: PipelineResult,
  matrix: PipelineResult['matrix'],
  row: number,
  col: number,
  options: StatusmapOptions,
  range: { from: number; to: number },
  replaceVariables: InterpolateFunction
): CellDetails | null {
  const { grid } = result;
  if (row < 0 || row >= matrix.rowCount || col < 0 || col >= matrix.colCount) return null;
  const gridRow = matrix.sourceRow[row];
  const start = matrix.to - (matrix.colCount - col) * matrix.intervalMs;
  const end = start + matrix.intervalMs;
  const gridCol = Math.round((start - grid.colStart(0)) / grid.intervalMs);
  if (gridCol < 0 || gridCol >= grid.colCount) return null;
  const status = matrix.statuses[row * matrix.colCount + col];
  const info = matrix.table.statuses[status];
  const values = grid.values(gridRow, gridCol);
  const rowName = grid.rowNames[gridRow];
  const labels = grid.rowLabels[gridRow];
  const ctx: TemplateContext = {
    values,
    value: values.length > 0 && options.valueIndex >= 0 ? values[options.valueIndex] : undefined,
    yLabel: rowName,
    yLabelParts: matrix.rowLevels[row],
    labels,
    bucketFrom: start,
    bucketTo: end,
    rangeFrom: range.from,
    rangeTo: range.to,
  };
  const links = options.tooltip.showItems
    ? options.tooltip.items.map((item) => {
        const url = replaceVariables(
          expandTemplate(item.urlTemplate, { ...ctx, dateFormat: item.valueDateFormat }, 'url')
        );
        const href = item.urlToLowerCase ? url.toLowerCase() : url;
        return { href: safeHref(href), text: item.urlText || href, icon: item.urlIcon };
      })
    : [];
  return {
    rowName,
    from: start,
    to: end,
    statusLabel: info.label,
    color: info.color,
    values,
    labels,
    links,
    customHtml: options.tooltip.customContent
      ? replaceVariables(expandTemplate(options.tooltip.customContent, ctx, 'html'))
      : '',
  };
}

/** Links may only go to http(s) or stay relative: a javascript: URL from a template must not run. */
export function safeHref(href: string): string {
  const trimmed = href.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed)) return '#';
  return trimmed;
}
