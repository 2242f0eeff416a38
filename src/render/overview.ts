import { worstKeys, type StatusMatrix } from '../core';
import { edgeAt } from './edges';
import { WorstFolder } from './worst-fold';

/**
 * Overview reduction for rows thinner than a pixel: `rows` output rows, each the worst status of the
 * input rows that start on that pixel row (worstKeys: highest severity; among equal severities the
 * status listed first). Same rule as the core's reduceOverview, but the groups follow the renderer's
 * pixel edges (edgeAt), so the row the hit test finds under a pixel is always one of the rows that
 * pixel shows. Columns are left as they are: the raster painter reduces them per visible row
 * (paint-raster.ts), which costs visible cells only.
 */
export function reduceRowsForDisplay(
  m: StatusMatrix,
  rows: number,
  /** Memory for the result's statuses (every element is written). */
  allocate: (length: number) => Uint16Array = (length) => new Uint16Array(length)
): StatusMatrix {
  const n = Math.max(1, Math.min(m.rowCount, Math.floor(rows)));
  if (n === m.rowCount) return m;
  const cols = m.colCount;
  const out = allocate(n * cols);
  const sourceRow = new Uint32Array(n);
  const rowNames: string[] = [];
  const rowLevels: (readonly string[])[] = [];
  const folder = new WorstFolder(m.statuses, cols, worstKeys(m.table.severity));
  const pitch = n / m.rowCount;
  let first = 0;
  for (let r = 0; r < n; r++) {
    let last = first;
    while (last < m.rowCount && (r === n - 1 || groupOf(last, pitch, n) === r)) last++;
    sourceRow[r] = m.sourceRow[first] ?? first;
    const name = m.rowNames[first] ?? '';
    rowNames.push(last - first > 1 ? `${name} (+${last - first - 1})` : name);
    rowLevels.push(m.rowLevels[first] ?? [name]);
    folder.fold(first, last, out, r * cols);
    first = last;
  }
  return { ...m, rowCount: n, statuses: out, sourceRow, rowNames, rowLevels };
}

/** Output group (pixel) of input index i on a track of n pixels: the pixel where it starts. */
export function groupOf(i: number, pitch: number, n: number): number {
  return Math.min(n - 1, edgeAt(i, pitch));
}
