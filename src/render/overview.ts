import type { StatusMatrix } from '../core';
import { edgeAt } from './edges';

/**
 * Overview reduction for rows thinner than a pixel: `rows` output rows, each the worst status (highest
 * severity; ties keep the first seen) of the input rows that start on that pixel row. Same rule as the
 * core's reduceOverview, but the groups follow the renderer's pixel edges (edgeAt), so the row the hit
 * test finds under a pixel is always one of the rows that pixel shows. Columns are left as they are:
 * the raster painter reduces them per visible row (paint-raster.ts), which costs visible cells only.
 * Severities become small integer ranks compared in a Uint16Array accumulator: one pass over the cells.
 */
export function reduceRowsForDisplay(m: StatusMatrix, rows: number): StatusMatrix {
  const n = Math.max(1, Math.min(m.rowCount, Math.floor(rows)));
  if (n === m.rowCount) return m;
  const rank = severityRanks(m.table.severity);
  const cols = m.colCount;
  const out = new Uint16Array(n * cols);
  const acc = new Uint16Array(cols);
  const sourceRow = new Uint32Array(n);
  const rowNames: string[] = [];
  const rowLevels: (readonly string[])[] = [];
  const pitch = n / m.rowCount;
  let first = 0;
  for (let r = 0; r < n; r++) {
    let last = first;
    while (last < m.rowCount && (r === n - 1 || groupOf(last, pitch, n) === r)) last++;
    sourceRow[r] = m.sourceRow[first] ?? first;
    const name = m.rowNames[first] ?? '';
    rowNames.push(last - first > 1 ? `${name} (+${last - first - 1})` : name);
    rowLevels.push(m.rowLevels[first] ?? [name]);
    acc.fill(rank[0]);
    worstOfRows(m.statuses, rank, acc, out, r * cols, first, last, cols);
    first = last;
  }
  return { ...m, rowCount: n, statuses: out, sourceRow, rowNames, rowLevels };
}

/** Output group (pixel) of input index i on a track of n pixels: the pixel where it starts. */
export function groupOf(i: number, pitch: number, n: number): number {
  return Math.min(n - 1, edgeAt(i, pitch));
}

function worstOfRows(
  st: Uint16Array,
  rank: Uint16Array,
  acc: Uint16Array,
  out: Uint16Array,
  outBase: number,
  first: number,
  last: number,
  cols: number
): void {
  for (let i = first * cols, end = last * cols; i < end; i += cols) {
    for (let c = 0; c < cols; c++) {
      const s = st[i + c];
      const k = rank[s];
      if (k > acc[c]) {
        acc[c] = k;
        out[outBase + c] = s;
      }
    }
  }
}

/** Dense ranks of severities: equal severities share a rank, so ties keep the first status seen. */
export function severityRanks(severity: Float64Array): Uint16Array {
  const sorted = [...new Set(severity)].sort((a, b) => a - b);
  const rankOf = new Map(sorted.map((s, i) => [s, i]));
  return Uint16Array.from(severity, (s) => rankOf.get(s) ?? 0);
}
