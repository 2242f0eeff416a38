import { LIGHT_THEME, type RenderTheme } from './theme';

/**
 * How cells are painted. `auto` picks per zoom: vector `cells` when cells are large, one `pixels` buffer
 * when they are a few pixels, `overview` (worst status wins) when they are smaller than a pixel.
 * A forced mode never paints more cells than pixels: `cells` and `pixels` fall back to `overview` then.
 */
export type PaintMode = 'auto' | 'cells' | 'pixels' | 'overview';

/** Which clock the x axis and weekend shading follow: the browser's, UTC, or an IANA zone name. */
export type TimeZone = 'browser' | 'utc' | (string & {});

export interface RenderOptions {
  /** `auto` squeezes every row into the height; a number is the minimum row height in CSS px (rows scroll). */
  rowHeight: 'auto' | number;
  /** Gap between columns / rows in CSS px; dropped when the cell would be thinner than a pixel. */
  hSpacing: number;
  vSpacing: number;
  /** Corner radius in CSS px (vector `cells` mode only). */
  rounding: number;
  mode: PaintMode;
  showYAxis: boolean;
  /** Y label column width in CSS px; undefined = measured from the labels, capped at maxLabelWidth. */
  yAxisWidth?: number;
  maxLabelWidth: number;
  showXAxis: boolean;
  timeZone: TimeZone;
  weekendShading: boolean;
  crosshair: boolean;
  /** Tooltip opened on hover (Enter always opens the focused cell's). */
  hoverTooltip: boolean;
  /**
   * Whether the renderer shows its own tooltip element. Off, the tooltip is only reported through
   * `onTooltip` (hover when hoverTooltip is on, Enter, and closing), for an embedder that draws its own.
   */
  drawTooltip: boolean;
  theme: RenderTheme;
}

export const DEFAULT_OPTIONS: RenderOptions = {
  rowHeight: 'auto',
  hSpacing: 2,
  vSpacing: 2,
  rounding: 0,
  mode: 'auto',
  showYAxis: true,
  maxLabelWidth: 280,
  showXAxis: true,
  timeZone: 'browser',
  weekendShading: false,
  crosshair: true,
  hoverTooltip: true,
  drawTooltip: true,
  theme: LIGHT_THEME,
};

/** Heights of the axes in CSS px. */
export const X_AXIS_HEIGHT = 22;
export const Y_LABEL_PAD = 6;
