import type { StatusMatrix } from './status-matrix';
import { EMPTY_STATUS } from './status-table';

/**
 * Row orders. 'query': as the data came; 'asc' / 'desc': by name; 'natural': by name with numbers
 * inside compared as numbers (host2 < host10); 'worst': worst status first; 'problems': most cells
 * that are not OK first. Ties keep query order. Sorting covers all rows, never one page.
 */
export type RowSort = 'query' | 'asc' | 'desc' | 'natural' | 'worst' | 'problems';

const naturalCollator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** A permutation of the matrix rows; apply it with permuteRows. */
export function sortOrder(m: StatusMatrix, sort: RowSort): Uint32Array {
  const order = Array.from({ length: m.rowCount }, (_, i) => i);
  const names = m.rowNames;
  switch (sort) {
    case 'query':
      break;
    case 'asc':
      order.sort((a, b) => compareCodeUnits(names[a], names[b]) || a - b);
      break;
    case 'desc':
      order.sort((a, b) => compareCodeUnits(names[b], names[a]) || a - b);
      break;
    case 'natural':
      order.sort((a, b) => naturalCollator.compare(names[a], names[b]) || a - b);
      break;
    case 'worst': {
      const worst = rowWorstSeverity(m);
      order.sort((a, b) => worst[b] - worst[a] || a - b);
      break;
    }
    case 'problems': {
      const problems = rowProblemCells(m);
      order.sort((a, b) => problems[b] - problems[a] || a - b);
      break;
    }
  }
  return Uint32Array.from(order);
}

/** The matrix with its rows in the given order (statuses copied row by row; 2 bytes per cell). */
export function permuteRows(m: StatusMatrix, order: Uint32Array): StatusMatrix {
  const statuses = new Uint16Array(order.length * m.colCount);
  const sourceRow = new Uint32Array(order.length);
  order.forEach((from, to) => {
    statuses.set(m.statuses.subarray(from * m.colCount, (from + 1) * m.colCount), to * m.colCount);
    sourceRow[to] = m.sourceRow[from];
  });
  return {
    ...m,
    rowCount: order.length,
    statuses,
    sourceRow,
    rowNames: Array.from(order, (i) => m.rowNames[i]),
    rowLevels: Array.from(order, (i) => m.rowLevels[i]),
  };
}

/** Keeps only rows for which keep(row) is true (legend filter, series filter). */
export function filterRows(m: StatusMatrix, keep: (row: number) => boolean): StatusMatrix {
  const kept: number[] = [];
  for (let r = 0; r < m.rowCount; r++) if (keep(r)) kept.push(r);
  return permuteRows(m, Uint32Array.from(kept));
}

/** Whether row r has at least one cell with one of the given statuses. */
export function rowHasStatus(m: StatusMatrix, row: number, statuses: ReadonlySet<number>): boolean {
  for (let i = row * m.colCount, end = i + m.colCount; i < end; i++)
    if (statuses.has(m.statuses[i])) return true;
  return false;
}

function rowWorstSeverity(m: StatusMatrix): Float64Array {
  const severity = m.table.severity;
  const out = new Float64Array(m.rowCount).fill(-Infinity);
  for (let r = 0; r < m.rowCount; r++) {
    for (let i = r * m.colCount, end = i + m.colCount; i < end; i++) {
      const s = severity[m.statuses[i]];
      if (s > out[r]) out[r] = s;
    }
  }
  return out;
}

function rowProblemCells(m: StatusMatrix): Uint32Array {
  const notOk = m.table.statuses.map((s, i) => i !== EMPTY_STATUS && !s.ok);
  const out = new Uint32Array(m.rowCount);
  for (let r = 0; r < m.rowCount; r++) {
    for (let i = r * m.colCount, end = i + m.colCount; i < end; i++) if (notOk[m.statuses[i]]) out[r]++;
  }
  return out;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
