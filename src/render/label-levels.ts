/**
 * Split row labels (region / cluster / node): the text of each level, and where the outer levels'
 * group labels go. Kept apart from the painting so the placement rules can be tested without a canvas.
 */
import type { StatusMatrix } from '../core';
import { rowTop, type Layout } from './layout';

/** Label levels of a row: the split labels, or the row name alone. */
export function levelsOf(m: StatusMatrix, row: number): readonly string[] {
  const levels = m.rowLevels[row];
  return levels && levels.length > 0 ? levels : [m.rowNames[row] ?? ''];
}

/** Label of `level` (0 = outermost of `depth` levels) of a row; rows with fewer levels align right. */
export function levelText(m: StatusMatrix, row: number, level: number, depth: number): string {
  const levels = levelsOf(m, row);
  return levels[level - (depth - levels.length)] ?? '';
}

/** Whether rows a and b share every label level up to `level` (one group at that level). */
function sameGroup(m: StatusMatrix, a: number, b: number, level: number, depth: number): boolean {
  for (let i = 0; i <= level; i++) if (levelText(m, a, i, depth) !== levelText(m, b, i, depth)) return false;
  return true;
}

export interface GroupLabel {
  /** First visible row of the group: the row whose level text is drawn. */
  row: number;
  /** Device y of the label's top: the group's top, or the plot's top for a group scrolled past it. */
  top: number;
  /** Device y of the rule above the group, or null when the group starts above the view (or at row 0). */
  ruleY: number | null;
}

/**
 * Labels of one outer level (a group is a run of rows sharing every level up to this one) for the
 * visible rows. A group gets its label, and the rule above it, only when it is at least `minHeight`
 * tall on screen and its label would not overlap the previous one (`lineHeight` apart): a name next
 * to a group of two pixels would seem to name the rows below it too (dense rows, the overview).
 */
export function groupLabels(
  l: Layout,
  m: StatusMatrix,
  level: number,
  depth: number,
  minHeight: number,
  lineHeight: number
): GroupLabel[] {
  const out: GroupLabel[] = [];
  const plotBottom = l.plotY + l.plotH;
  let lastBottom = -Infinity;
  let start = l.firstRow;
  while (start < l.endRow) {
    let end = start + 1;
    while (end < l.endRow && sameGroup(m, end, end - 1, level, depth)) end++;
    const top = Math.max(l.plotY, rowTop(l, start));
    const bottom = Math.min(plotBottom, rowTop(l, end));
    if (bottom - top >= minHeight && top >= lastBottom) {
      const starts = start > 0 && (start > l.firstRow || !sameGroup(m, start, start - 1, level, depth));
      out.push({ row: start, top, ruleY: starts ? Math.round(rowTop(l, start)) : null });
      lastBottom = top + lineHeight;
    }
    start = end;
  }
  return out;
}
