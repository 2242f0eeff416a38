import type { InterpolateFunction } from '@grafana/data';
import { expandTemplate, type RawValue, type TemplateContext } from '../core';
import { cellPoint } from './cell-point';
import { dataLinks, type CellLink } from './data-links';
import type { PipelineResult } from './pipeline';
import { seriesOfRow } from './row-config';
import { safeHref } from './safe-href';
import type { StatusmapOptions } from './types';

/** Everything the tooltip shows about one cell, with user text already made safe for where it goes. */
export interface CellDetails {
  rowName: string;
  from: number;
  to: number;
  statusLabel: string;
  color: string;
  values: RawValue[];
  /** The values as the row's field displays them (unit, decimals), same order. */
  valueTexts: string[];
  labels: Readonly<Record<string, string>>;
  /** The old plugin's link templates (tooltip.items), when shown. */
  links: CellLink[];
  /** Grafana data links of the row's field (defaults and overrides). */
  dataLinks: CellLink[];
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
  const format = result.format(result.rows.configs[result.rows.groupOf[gridRow] ?? result.rows.main]);
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
    ? options.tooltip.items.map((item): CellLink => {
        const url = replaceVariables(
          expandTemplate(item.urlTemplate, { ...ctx, dateFormat: item.valueDateFormat }, 'url')
        );
        const href = safeHref(item.urlToLowerCase ? url.toLowerCase() : url);
        return { href, text: item.urlText || href, icon: item.urlIcon, target: '_blank' };
      })
    : [];
  const first = seriesOfRow(result.series, grid.rowNames, gridRow)[0];
  const rowField = first && result.frames[first.frameIndex]?.fields[first.fieldIndex];
  const point = rowField?.getLinks ? cellPoint(result, gridRow, gridCol, options.valueIndex) : null;
  const pointField = point ? result.frames[point.frameIndex]?.fields[point.fieldIndex] : rowField;
  return {
    rowName,
    from: start,
    to: end,
    statusLabel: info.label,
    color: info.color,
    values,
    valueTexts: values.map(format),
    labels,
    links,
    dataLinks: dataLinks(pointField, point),
    customHtml: options.tooltip.customContent
      ? replaceVariables(expandTemplate(options.tooltip.customContent, ctx, 'html'))
      : '',
  };
}
