import type { CellRef } from './hit-test';

/**
 * The focused cell after a key press, or undefined when the key is not a navigation key. Arrows move
 * by one cell, Home/End to the row's first/last bucket, PageUp/PageDown by a page of rows; the
 * result is clamped to the grid. With no focused cell yet, any navigation key focuses the first one.
 */
export function moveFocus(
  from: CellRef | null,
  key: string,
  rowCount: number,
  colCount: number,
  pageRows: number
): CellRef | undefined {
  if (rowCount <= 0 || colCount <= 0) return undefined;
  const delta: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    PageUp: [-Math.max(1, pageRows), 0],
    PageDown: [Math.max(1, pageRows), 0],
    Home: [0, -Infinity],
    End: [0, Infinity],
  };
  const d = delta[key];
  if (!d) return undefined;
  if (!from) return { row: 0, col: 0 };
  return {
    row: clamp(from.row + d[0], rowCount),
    col: clamp(from.col + d[1], colCount),
  };
}

function clamp(v: number, count: number): number {
  return Math.min(count - 1, Math.max(0, v));
}
