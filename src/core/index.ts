/** Public surface of the status library: no React, no Grafana, no DOM. */
export { roundIntervalCeil, bucketInterval } from './interval';
export type { BucketIntervalInput, BucketInterval } from './interval';
export { bucketize, DEFAULT_MAX_CELLS } from './bucketize';
export type { BucketizeInput } from './bucketize';
export { BucketGrid } from './grid';
export type { RowKind, RowPoints } from './grid';
export type { RawValue, SeriesInput } from './series';
export { CoreError } from './errors';
export type { CoreErrorCode } from './errors';
export { cssToRgba, rgbaToCss, packRgba } from './color';
export { StatusTable, EMPTY_STATUS, UNKNOWN_STATUS, DEFAULT_UNKNOWN_COLOR } from './status-table';
export type { StatusInfo } from './status-table';
export { statusAt } from './status-matrix';
export type { StatusMatrix } from './status-matrix';
export { reduceOverview, worstKeys } from './overview';
export { classify } from './classify';
export type {
  ClassifyOptions,
  ClassifyReport,
  Classified,
  Coloring,
  MissingMode,
  NullMode,
} from './classify';
export { DiscreteClassifier, ruleStatus } from './discrete';
export type { DiscreteColoring, DiscreteMatch, DiscretePriority, DiscreteRule } from './discrete';
export { ContinuousClassifier } from './continuous';
export type { CellAggregate, ContinuousColoring, OpacityColoring, SpectrumColoring } from './continuous';
export type { ScaleKind } from './unit-scale';
export { rowLabel, labelRows } from './row-labels';
export type { RowLabelOptions } from './row-labels';
export { sortOrder, permuteRows, filterRows, rowHasStatus } from './row-sort';
export type { RowSort } from './row-sort';
export { expandTemplate, escapeHtml, DEFAULT_VALUE_DATE_FORMAT } from './template';
export type { TemplateContext, TemplateEscape } from './template';
export { formatDate } from './date-format';
