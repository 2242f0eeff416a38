import type { CellRef } from './hit-test';
import { cellRect, type Layout } from './layout';
import type { RenderTheme } from './theme';

/** What the overlay shows; positions in device px of the canvas. */
export interface OverlayState {
  pointer: { x: number; y: number } | null;
  hover: CellRef | null;
  selected: CellRef | null;
  focused: CellRef | null;
  crosshair: boolean;
  /** x (device px) of a time another panel hovers (a shared crosshair), drawn when our pointer is away. */
  sharedX: number | null;
  /** A time range being dragged: its two edges in device px. */
  band: { x0: number; x1: number } | null;
}

/**
 * Redraws the overlay canvas: crosshair through the pointer, outlines of the hovered, selected and
 * focused cells. It never touches the cells themselves, so a pointer move costs a clear and a few
 * strokes, whatever the grid size.
 */
export function paintOverlay(
  ctx: CanvasRenderingContext2D,
  l: Layout,
  s: OverlayState,
  theme: RenderTheme
): void {
  ctx.clearRect(0, 0, l.canvasWidth, l.canvasHeight);
  const line = Math.max(1, Math.round(l.dpr));
  ctx.save();
  ctx.beginPath();
  ctx.rect(l.plotX, l.plotY, l.plotW, l.plotH);
  ctx.clip();
  if (s.band) {
    ctx.globalAlpha = 0.2;
    ctx.fillStyle = theme.selection;
    const x0 = Math.min(s.band.x0, s.band.x1);
    ctx.fillRect(x0, l.plotY, Math.abs(s.band.x1 - s.band.x0), l.plotH);
    ctx.globalAlpha = 1;
  }
  if (s.sharedX !== null && !s.pointer) {
    ctx.fillStyle = theme.crosshair;
    ctx.fillRect(Math.floor(s.sharedX), l.plotY, line, l.plotH);
  }
  if (s.crosshair && s.pointer) {
    const x = Math.floor(s.pointer.x);
    const y = Math.floor(s.pointer.y);
    ctx.fillStyle = theme.crosshair;
    ctx.fillRect(x, l.plotY, line, l.plotH);
    ctx.fillRect(l.plotX, y, l.plotW, line);
  }
  // Rings around the cell: hover, then the selection over it, then the keyboard focus just outside.
  if (s.hover) outline(ctx, l, s.hover, theme.hover, line, [], 0);
  if (s.selected) outline(ctx, l, s.selected, theme.selection, 2 * line, [], 0);
  if (s.focused) outline(ctx, l, s.focused, theme.focus, 2 * line, [3 * line, 2 * line], 2 * line);
  ctx.restore();
}

/**
 * Strokes a ring of `width` device px that ends `gap` px outside the cell, grown to at least 3 px so a
 * cell of the overview stays visible.
 */
function outline(
  ctx: CanvasRenderingContext2D,
  l: Layout,
  cell: CellRef,
  color: string,
  width: number,
  dash: number[],
  gap: number
): void {
  if (cell.row >= l.rowCount || cell.col >= l.colCount) return;
  let { x, y, w, h } = cellRect(l, cell.row, cell.col);
  const min = 3 * l.dpr;
  if (w < min) {
    x -= (min - w) / 2;
    w = min;
  }
  if (h < min) {
    y -= (min - h) / 2;
    h = min;
  }
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  const d = gap + width / 2;
  ctx.strokeRect(x - d, y - d, w + 2 * d, h + 2 * d);
}
