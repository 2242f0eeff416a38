/** Public surface of the canvas renderer: DOM canvas only, no React, no Grafana. */
export { StatusmapRenderer, DRAG_MIN_PX } from './renderer';
export type { RendererEvents, RenderStats } from './renderer';
export { DEFAULT_OPTIONS, X_AXIS_HEIGHT } from './options';
export type { RenderOptions, PaintMode, TimeZone } from './options';
export { LIGHT_THEME, DARK_THEME } from './theme';
export type { RenderTheme } from './theme';
export {
  computeLayout,
  cellRect,
  rowTop,
  colLeft,
  scrollToShowRow,
  MAX_VECTOR_CELLS,
  MIN_VECTOR_CELL,
} from './layout';
export type { Layout, LayoutInput, ResolvedMode } from './layout';
export { edgeAt, indexAt } from './edges';
export { hitTest } from './hit-test';
export type { CellRef } from './hit-test';
export { moveFocus } from './keyboard';
export { describeCell, formatTime } from './describe';
export type { CellDescription } from './describe';
export { timeTicks, weekendColumns, zoneOffsetMs } from './time-axis';
export type { TimeTick } from './time-axis';
export { compositeOver } from './colors';
export { capWidths } from './paint-axes';
