import { rgbaToCss, type StatusMatrix } from '../core';
import { colLeft, rowTop, type Layout } from './layout';

/**
 * Vector painting for large cells: runs of equal status in a row merge into one rectangle when there
 * is no horizontal gap, rectangles are batched per colour (one fillStyle change per status, not per
 * cell), and corners are rounded when asked. Only visible rows are touched; the layout's mode keeps
 * their number bounded (MAX_VECTOR_CELLS). Empty cells are left to the background.
 */
export function paintCells(ctx: CanvasRenderingContext2D, l: Layout, m: StatusMatrix): void {
  const { firstRow, endRow, hGap, vGap, radius } = l;
  const cols = m.colCount;
  const statuses = m.statuses;
  const rgba = m.table.rgba;
  const nStatus = rgba.length;
  // Rectangles per status as flat [x, y, w, h] lists.
  const rects: number[][] = Array.from({ length: nStatus }, () => []);
  const colX = new Float64Array(cols + 1);
  for (let c = 0; c <= cols; c++) colX[c] = colLeft(l, c);

  for (let r = firstRow; r < endRow; r++) {
    const y = rowTop(l, r);
    const h = rowTop(l, r + 1) - y - vGap;
    if (h <= 0) continue;
    const base = r * cols;
    let c = 0;
    while (c < cols) {
      const s = statuses[base + c];
      let end = c + 1;
      if (hGap === 0 && radius === 0) while (end < cols && statuses[base + end] === s) end++;
      if (rgba[s] >>> 24 !== 0) {
        const list = rects[s];
        list.push(colX[c], y, colX[end] - colX[c] - hGap, h);
      }
      c = end;
    }
  }

  ctx.save();
  ctx.beginPath();
  ctx.rect(l.plotX, l.plotY, l.plotW, l.plotH);
  ctx.clip();
  for (let s = 0; s < nStatus; s++) {
    const list = rects[s];
    if (list.length === 0) continue;
    ctx.fillStyle = rgbaToCss(rgba[s]);
    if (radius > 0) {
      const path = new Path2D();
      for (let i = 0; i < list.length; i += 4)
        path.roundRect(list[i], list[i + 1], list[i + 2], list[i + 3], radius);
      ctx.fill(path);
    } else {
      for (let i = 0; i < list.length; i += 4) ctx.fillRect(list[i], list[i + 1], list[i + 2], list[i + 3]);
    }
  }
  ctx.restore();
}
