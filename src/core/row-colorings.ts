import type { CellClassifier } from './cell-classifier';
import type { Coloring } from './classify';
import { EMPTY_STATUS, StatusTable, UNKNOWN_STATUS, type StatusInfo } from './status-table';

export interface RowClassifiers {
  /** The merged table: the main coloring's statuses first, with their indexes unchanged. */
  table: StatusTable;
  byRow: CellClassifier[];
}

/**
 * Compiles each distinct coloring once and merges the statuses of all of them into one table, so a
 * matrix stays one Uint16Array with one colour table. Every coloring but the main one gets its
 * statuses renumbered through a small lookup. Returns null when every row follows the main coloring:
 * then nothing is renumbered and classify keeps its single-coloring path.
 */
export function compileRowColorings(
  rowCount: number,
  coloring: Coloring,
  main: CellClassifier,
  rowColorings: readonly (Coloring | undefined)[],
  compile: (coloring: Coloring) => CellClassifier
): RowClassifiers | null {
  const distinct = new Set<Coloring>();
  for (let r = 0; r < rowCount; r++) {
    const c = rowColorings[r];
    if (c !== undefined && c !== coloring) distinct.add(c);
  }
  if (distinct.size === 0) return null;

  const valued: StatusInfo[] = main.table.statuses.slice(2);
  const indexOf = new Map<string, number>(valued.map((s, i) => [statusKey(s), i + 2]));
  const compiled = new Map<Coloring, CellClassifier>([[coloring, main]]);
  for (const c of distinct) {
    const own = compile(c);
    const remap = new Uint16Array(own.table.size);
    remap[EMPTY_STATUS] = EMPTY_STATUS;
    remap[UNKNOWN_STATUS] = UNKNOWN_STATUS;
    own.table.statuses.forEach((s, i) => {
      if (i < 2) return;
      const key = statusKey(s);
      let at = indexOf.get(key);
      if (at === undefined) {
        at = valued.length + 2;
        valued.push(s);
        indexOf.set(key, at);
      }
      remap[i] = at;
    });
    compiled.set(c, renumbered(own, remap));
  }
  const table = StatusTable.withSpecials(valued, main.table.statuses[UNKNOWN_STATUS].color);
  const byRow: CellClassifier[] = [];
  for (let r = 0; r < rowCount; r++) byRow.push(compiled.get(rowColorings[r] ?? coloring)!);
  return { table, byRow };
}

/** Two statuses that look and rank the same are one entry of the legend. */
function statusKey(s: StatusInfo): string {
  return JSON.stringify([s.label, s.color, s.severity, s.ok]);
}

/** The classifier with its statuses read through `remap`; -1 / -2 ("no value") pass unchanged. */
function renumbered(inner: CellClassifier, remap: Uint16Array): CellClassifier {
  return {
    table: inner.table,
    nullStatus: inner.nullStatus === undefined ? undefined : remap[inner.nullStatus],
    zero: () => remap[inner.zero()],
    isUnknown: (stored, isString) => inner.isUnknown(stored, isString),
    cell(values, start, end, isString) {
      const s = inner.cell(values, start, end, isString);
      return s < 0 ? s : remap[s];
    },
  };
}
