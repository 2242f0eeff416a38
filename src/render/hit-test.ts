import { edgeAt, indexAt } from './edges';
import type { Layout } from './layout';

export interface CellRef {
  row: number;
  col: number;
}

/**
 * The cell under a point given in CSS px relative to the drawing's top-left corner, or null over the
 * labels, the axis, past the last row, or in a gap between cells. Index arithmetic, not a search: the
 * point's device pixel is located with the same edges the painters use.
 */
export function hitTest(l: Layout, xCss: number, yCss: number): CellRef | null {
  const px = Math.floor(xCss * l.dpr) - l.plotX;
  const py = Math.floor(yCss * l.dpr) - l.plotY;
  if (px < 0 || py < 0 || px >= l.plotW || py >= l.plotH) return null;
  const col = indexAt(px, l.colPitch, l.colCount);
  const contentY = py + l.scrollTop;
  const row = indexAt(contentY, l.rowPitch, l.rowCount);
  if (col < 0 || row < 0) return null;
  if (l.hGap > 0 && px >= edgeAt(col + 1, l.colPitch) - l.hGap) return null;
  if (l.vGap > 0 && contentY >= edgeAt(row + 1, l.rowPitch) - l.vGap) return null;
  return { row, col };
}
