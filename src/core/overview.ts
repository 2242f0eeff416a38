import type { StatusMatrix } from './status-matrix';

/**
 * Shrinks a matrix to at most maxRows x maxCols, each output cell taking the worst status (worstKeys:
 * highest severity, among equal severities the status listed first) of the input cells it covers.
 * Used when cells would be smaller than a pixel: never paint more cells than pixels, and never let
 * a single failure vanish between two pixels.
 * Output row r covers input rows [floor(r * R / N), floor((r + 1) * R / N)); columns likewise.
 * `sourceRow` of an output row is the first input row it covers.
 */
export function reduceOverview(m: StatusMatrix, maxRows: number, maxCols: number): StatusMatrix {
  const rows = Math.max(1, Math.min(m.rowCount, Math.floor(maxRows)));
  const cols = Math.max(1, Math.min(m.colCount, Math.floor(maxCols)));
  if (rows === m.rowCount && cols === m.colCount) return m;

  const key = worstKeys(m.table.severity);
  const out = new Uint16Array(rows * cols);
  const seen = new Uint8Array(rows * cols);
  // Which output column each input column lands in, computed once instead of per cell.
  const colTarget = new Uint32Array(m.colCount);
  for (let c = 0; c < m.colCount; c++) colTarget[c] = Math.floor((c * cols) / m.colCount);

  const sourceRow = new Uint32Array(rows);
  const rowNames: string[] = [];
  const rowLevels: (readonly string[])[] = [];
  for (let r = 0; r < rows; r++) {
    const first = Math.floor((r * m.rowCount) / rows);
    const last = Math.floor(((r + 1) * m.rowCount) / rows);
    sourceRow[r] = m.sourceRow[first];
    rowNames.push(last - first > 1 ? `${m.rowNames[first]} (+${last - first - 1})` : m.rowNames[first]);
    rowLevels.push(m.rowLevels[first]);
    const outBase = r * cols;
    for (let ir = first; ir < last; ir++) {
      const inBase = ir * m.colCount;
      for (let c = 0; c < m.colCount; c++) {
        const s = m.statuses[inBase + c];
        const at = outBase + colTarget[c];
        if (!seen[at] || key[s] > key[out[at]]) {
          out[at] = s;
          seen[at] = 1;
        }
      }
    }
  }
  return {
    ...m,
    rowCount: rows,
    colCount: cols,
    statuses: out,
    sourceRow,
    rowNames,
    rowLevels,
    intervalMs: (m.colCount * m.intervalMs) / cols,
  };
}

/**
 * A distinct key per status, higher = worse: by severity, and among equal severities the status listed
 * first (the lower code) ranks higher. Keys are unique, so the worst of any set of cells is one status
 * whatever order the rows come in: sorting or filtering rows never changes what an overview shows.
 */
export function worstKeys(severity: Float64Array): Uint16Array {
  const codes = Array.from(severity, (_, s) => s);
  codes.sort((a, b) => (severity[a] === severity[b] ? b - a : severity[a] < severity[b] ? -1 : 1));
  const key = new Uint16Array(severity.length);
  codes.forEach((s, k) => (key[s] = k));
  return key;
}
