import { cssToRgba } from './color';

/** One status a cell can have: what it looks like, what it is called, and how bad it is. */
export interface StatusInfo {
  label: string;
  /** CSS colour as configured. */
  color: string;
  /** Higher is worse. Overview reduction and "worst status wins" keep the highest. Empty is -Infinity. */
  severity: number;
  /** True for statuses that count as fine when rows are sorted by number of problem cells. */
  ok: boolean;
}

/** Status 0: the cell has nothing to show (no points, or nulls shown as empty). */
export const EMPTY_STATUS = 0;
/** Status 1: the cell holds a value that no discrete rule matches; shown, never painted as if fine. */
export const UNKNOWN_STATUS = 1;

export const DEFAULT_UNKNOWN_COLOR = '#b877d9';

/**
 * The colour table of a status matrix. Statuses are small integers (cells store them in a
 * Uint16Array); this table turns them into paint (`rgba`, packed for ImageData) and meaning.
 */
export class StatusTable {
  readonly rgba: Uint32Array;
  readonly severity: Float64Array;

  constructor(readonly statuses: readonly StatusInfo[]) {
    this.rgba = new Uint32Array(statuses.length);
    this.severity = new Float64Array(statuses.length);
    statuses.forEach((s, i) => {
      this.rgba[i] = i === EMPTY_STATUS ? 0 : cssToRgba(s.color);
      this.severity[i] = s.severity;
    });
  }

  get size(): number {
    return this.statuses.length;
  }

  /** Builds a table from the valued statuses, putting EMPTY and UNKNOWN in front. */
  static withSpecials(valued: readonly StatusInfo[], unknownColor = DEFAULT_UNKNOWN_COLOR): StatusTable {
    const maxSeverity = valued.reduce((m, s) => Math.max(m, s.severity), 0);
    return new StatusTable([
      { label: 'No data', color: 'transparent', severity: -Infinity, ok: true },
      // Unknown outranks every configured status, so an unmatched value is never hidden by aggregation.
      { label: 'Unknown value', color: unknownColor, severity: maxSeverity + 1, ok: false },
      ...valued,
    ]);
  }
}
