import type { StatusMatrix } from '../core';
import { opaqueCss } from './colors';
import { colLeft, type Layout } from './layout';
import type { RenderOptions } from './options';
import { paintXAxis, paintYLabels } from './paint-axes';
import { paintCells } from './paint-cells';
import { paintRaster, type RasterBackground, type RasterScratch } from './paint-raster';
import type { TextFitter } from './text-fit';

export interface FrameInput {
  /** Layout of the data (device px). */
  layout: Layout;
  /** The data, for the time axis. */
  data: StatusMatrix;
  /** What is painted: the data, or its rows folded by reduceRowsForDisplay (overview). */
  shown: StatusMatrix;
  options: RenderOptions;
  /** Per column of `shown`, 1 on a weekend; null when weekends are not shaded. */
  weekend: Uint8Array | null;
  /** Widths (CSS px) of the y label columns. */
  labelColumns: readonly number[];
  fitter: TextFitter;
  scratch: RasterScratch;
}

/**
 * One frame of the base canvas: cells (vector runs, or a pixel buffer), weekend bands, y labels and the
 * time axis. `shown` has rows and at least one column (the caller paints the empty state).
 */
export function paintFrame(ctx: CanvasRenderingContext2D, f: FrameInput): void {
  const { layout: l, shown, options: o, weekend } = f;
  const t = o.theme;
  // The painters work on the matrix they draw: for the overview, a layout of the reduced grid.
  const pl: Layout =
    shown === f.data
      ? l
      : // Rows are folded only when they all fit the height: nothing scrolls then.
        {
          ...l,
          rowCount: shown.rowCount,
          rowPitch: l.plotH / shown.rowCount,
          scrollTop: 0,
          firstRow: 0,
          endRow: shown.rowCount,
        };
  const background = opaqueCss(t.background);
  if (l.mode === 'cells') {
    ctx.fillStyle = t.background;
    ctx.fillRect(0, 0, l.canvasWidth, l.canvasHeight);
    if (weekend) shadeWeekends(ctx, pl, weekend, pl.plotY, t.weekend);
    paintCells(ctx, pl, shown);
  } else {
    // The pixel buffer covers the whole canvas (plot, weekends baked in, and the margins' background)
    // and is put first: on a new canvas the first operation pays for the backing store, and a put of
    // every pixel is the cheapest way to pay it (nothing has to be cleared first).
    const bg: RasterBackground = {
      plain: background,
      weekend: weekend ? opaqueCss(t.weekend, background) : background,
      weekendCols: weekend,
    };
    paintRaster(ctx, pl, shown, bg, f.scratch);
    if (weekend) shadeWeekends(ctx, pl, weekend, pl.plotY + pl.plotH, t.weekend);
  }
  if (o.showYAxis) paintYLabels(ctx, pl, shown, f.labelColumns, t, f.fitter);
  const m = f.data;
  if (o.showXAxis) paintXAxis(ctx, l, m.to - m.colCount * m.intervalMs, m.to, t, o.timeZone);
}

/** Weekend bands from `top` to the bottom of the canvas (under the cells, or under the axis only). */
function shadeWeekends(
  ctx: CanvasRenderingContext2D,
  pl: Layout,
  weekend: Uint8Array,
  top: number,
  color: string
): void {
  ctx.fillStyle = color;
  for (let c = 0; c < weekend.length; c++) {
    if (!weekend[c]) continue;
    let end = c + 1;
    while (end < weekend.length && weekend[end]) end++;
    ctx.fillRect(colLeft(pl, c), top, colLeft(pl, end) - colLeft(pl, c), pl.canvasHeight - top);
    c = end;
  }
}
