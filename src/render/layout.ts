import { edgeAt, indexAt } from './edges';
import type { PaintMode, RenderOptions } from './options';

/** Which painter draws the visible cells. */
export type ResolvedMode = Exclude<PaintMode, 'auto'>;

export interface LayoutInput {
  rowCount: number;
  colCount: number;
  /** Size of the whole drawing (labels and axes included), CSS px. */
  width: number;
  height: number;
  dpr: number;
  /** Vertical scroll offset in CSS px; clamped to the scrollable range. */
  scrollTop: number;
  /** Width of the y label column in CSS px (0 when hidden). */
  labelWidth: number;
  /** Height of the x axis in CSS px (0 when hidden). */
  axisHeight: number;
  options: Pick<RenderOptions, 'rowHeight' | 'hSpacing' | 'vSpacing' | 'rounding' | 'mode'>;
}

/**
 * Where everything goes, in device pixels (canvas backing-store pixels) so that edges land on whole
 * pixels at any devicePixelRatio. Rows start at plotY + edgeAt(row, rowPitch) - scrollTop.
 */
export interface Layout {
  dpr: number;
  canvasWidth: number;
  canvasHeight: number;
  plotX: number;
  plotY: number;
  plotW: number;
  plotH: number;
  rowCount: number;
  colCount: number;
  /** Device px per row / column; below 1 the painter aggregates (overview). */
  rowPitch: number;
  colPitch: number;
  /** Height of all rows, device px. */
  contentHeight: number;
  /** Clamped scroll offset, whole device px. */
  scrollTop: number;
  /** Largest scroll offset in CSS px (0 when every row fits). */
  scrollMaxCss: number;
  /** Visible rows [firstRow, endRow). */
  firstRow: number;
  endRow: number;
  /** Gaps actually drawn (device px); 0 when the cell would get thinner than a CSS pixel. */
  hGap: number;
  vGap: number;
  /** Corner radius in device px, 0 unless the mode is `cells`. */
  radius: number;
  mode: ResolvedMode;
}

/** Above this many visible cells, vector painting costs more than one pixel buffer. */
export const MAX_VECTOR_CELLS = 40_000;
/** Smallest cell (device px, both ways) that auto mode paints as vector rectangles. */
export const MIN_VECTOR_CELL = 4;

export function computeLayout(input: LayoutInput): Layout {
  const { rowCount, colCount, dpr, options } = input;
  const canvasWidth = Math.max(1, Math.round(input.width * dpr));
  const canvasHeight = Math.max(1, Math.round(input.height * dpr));
  const plotX = Math.min(canvasWidth - 1, Math.round(input.labelWidth * dpr));
  const plotY = 0;
  const plotW = Math.max(1, canvasWidth - plotX);
  const plotH = Math.max(1, canvasHeight - Math.round(input.axisHeight * dpr));

  const fit = rowCount > 0 ? plotH / rowCount : plotH;
  const rowPitch = options.rowHeight === 'auto' ? fit : Math.max(Math.max(1, options.rowHeight) * dpr, fit);
  const colPitch = colCount > 0 ? plotW / colCount : plotW;

  const contentHeight = edgeAt(rowCount, rowPitch);
  const scrollMax = Math.max(0, contentHeight - plotH);
  const scrollTop = Math.min(scrollMax, Math.max(0, Math.round((input.scrollTop || 0) * dpr)));
  const firstRow = rowCount > 0 ? Math.max(0, indexAt(scrollTop, rowPitch, rowCount)) : 0;
  const lastVisible = indexAt(scrollTop + plotH - 1, rowPitch, rowCount);
  // Rows thinner than a pixel may have no height at all: when the content ends in view, all are visible.
  const endRow = contentHeight - scrollTop <= plotH || lastVisible < 0 ? rowCount : lastVisible + 1;

  const mode = resolveMode(options.mode, rowPitch, colPitch, (endRow - firstRow) * colCount);
  const hGap = gap(options.hSpacing, colPitch, dpr, mode);
  const vGap = gap(options.vSpacing, rowPitch, dpr, mode);
  const cellW = Math.floor(colPitch) - hGap;
  const cellH = Math.floor(rowPitch) - vGap;
  const radius =
    mode === 'cells'
      ? Math.max(0, Math.min(Math.round(options.rounding * dpr), Math.floor(Math.min(cellW, cellH) / 2)))
      : 0;

  return {
    dpr,
    canvasWidth,
    canvasHeight,
    plotX,
    plotY,
    plotW,
    plotH,
    rowCount,
    colCount,
    rowPitch,
    colPitch,
    contentHeight,
    scrollTop,
    scrollMaxCss: scrollMax / dpr,
    firstRow,
    endRow,
    hGap,
    vGap,
    radius,
    mode,
  };
}

function resolveMode(
  asked: PaintMode,
  rowPitch: number,
  colPitch: number,
  visibleCells: number
): ResolvedMode {
  // Never more cells than pixels: below a pixel per cell only the aggregated overview is honest.
  if (rowPitch < 1 || colPitch < 1) return 'overview';
  if (asked !== 'auto') return asked;
  if (rowPitch >= MIN_VECTOR_CELL && colPitch >= MIN_VECTOR_CELL && visibleCells <= MAX_VECTOR_CELLS)
    return 'cells';
  return 'pixels';
}

function gap(spacingCss: number, pitch: number, dpr: number, mode: ResolvedMode): number {
  if (mode === 'overview' || !(spacingCss > 0)) return 0;
  const g = Math.round(spacingCss * dpr);
  // Keep at least one CSS pixel of colour per cell; a gap that eats the cell is dropped instead.
  return Math.floor(pitch) - g >= Math.max(1, Math.round(dpr)) ? g : 0;
}

/** Top edge of a row in canvas device px (may be above the plot when partly scrolled out). */
export function rowTop(l: Layout, row: number): number {
  return l.plotY + edgeAt(row, l.rowPitch) - l.scrollTop;
}

/** Left edge of a column in canvas device px. */
export function colLeft(l: Layout, col: number): number {
  return l.plotX + edgeAt(col, l.colPitch);
}

/** Painted rectangle of a cell (gaps excluded), device px. */
export function cellRect(
  l: Layout,
  row: number,
  col: number
): { x: number; y: number; w: number; h: number } {
  const x = colLeft(l, col);
  const y = rowTop(l, row);
  return { x, y, w: colLeft(l, col + 1) - x - l.hGap, h: rowTop(l, row + 1) - y - l.vGap };
}

/** Scroll offset (CSS px) that brings a row fully into view with the least movement. */
export function scrollToShowRow(l: Layout, row: number): number {
  const top = edgeAt(row, l.rowPitch);
  const bottom = edgeAt(row + 1, l.rowPitch);
  let s = l.scrollTop;
  if (top < s) s = top;
  else if (bottom > s + l.plotH) s = bottom - l.plotH;
  return s / l.dpr;
}
