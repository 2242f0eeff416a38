import type { SeriesInput } from './series';
import { expandTemplate } from './template';

export interface RowLabelOptions {
  /**
   * Row name template: `{{label}}` from the series labels (Prometheus legend style), `${__y_label}`
   * for the series name and `${__y_label_N}` for its parts split by `delimiter` (the old plugin's
   * labelTemplate). Empty: the series name.
   */
  template?: string;
  delimiter?: string;
}

/** The row name of one series. Rows whose names come out equal merge into one row. */
export function rowLabel(series: SeriesInput, { template, delimiter }: RowLabelOptions): string {
  if (!template) return series.name;
  return expandTemplate(
    template,
    {
      yLabel: series.name,
      yLabelParts: delimiter ? series.name.split(delimiter) : [series.name],
      labels: series.labels,
    },
    'none'
  );
}

/** Renames every series to its row label; cheap (no copy of the points). */
export function labelRows(series: readonly SeriesInput[], options: RowLabelOptions): SeriesInput[] {
  if (!options.template) return [...series];
  return series.map((s) => ({ ...s, name: rowLabel(s, options) }));
}
