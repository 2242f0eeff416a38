import type { StatusMatrix } from '../core';
import { rowTop, type Layout } from './layout';
import { Y_LABEL_PAD } from './options';
import type { TextFitter } from './text-fit';
import { measuringContext, WidestText } from './text-width';
import type { RenderTheme } from './theme';
import { timeTicks } from './time-axis';
import type { TimeZone } from './options';

export function fontFor(theme: RenderTheme, dpr: number): string {
  return `${Math.round(theme.fontSize * dpr)}px ${theme.fontFamily}`;
}

/** Label levels of a row: the split labels, or the row name alone. */
export function levelsOf(m: StatusMatrix, row: number): readonly string[] {
  const levels = m.rowLevels[row];
  return levels && levels.length > 0 ? levels : [m.rowNames[row] ?? ''];
}

/**
 * Widths (CSS px) of the label columns, one per level, shrunk together to fit maxWidth. Labels are
 * measured through their estimated widths (text-width.ts): 10,000 rows cost a few dozen measureText
 * calls, the exact ones going to the labels that may be the widest.
 */
export function measureLabelColumns(
  canvasCtx: CanvasRenderingContext2D,
  m: StatusMatrix,
  theme: RenderTheme,
  maxWidth: number
): number[] {
  const ctx = measuringContext(canvasCtx, fontFor(theme, 1));
  let depth = 1;
  for (let r = 0; r < m.rowCount; r++) depth = Math.max(depth, levelsOf(m, r).length);
  const widths: number[] = [];
  for (let level = 0; level < depth; level++) {
    const widest = new WidestText(ctx);
    let previous: string | null = null;
    for (let r = 0; r < m.rowCount; r++) {
      const text = levelText(m, r, level, depth);
      if (text !== previous) widest.add(text); // outer levels repeat row after row
      previous = text;
    }
    widths.push(Math.ceil(widest.width()) + 2 * Y_LABEL_PAD);
  }
  return capWidths(widths, maxWidth);
}

/**
 * Shrinks the widest columns first until the total fits (short outer levels such as a region name
 * stay whole; the long innermost names take the ellipsis).
 */
export function capWidths(widths: readonly number[], maxWidth: number): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= maxWidth) return [...widths];
  const sorted = [...widths].sort((a, b) => a - b);
  let budget = maxWidth;
  let cap = 0;
  for (let i = 0; i < sorted.length; i++) {
    const share = budget / (sorted.length - i);
    if (sorted[i] > share) {
      cap = share;
      break;
    }
    budget -= sorted[i];
  }
  return widths.map((w) => Math.floor(Math.min(w, cap)));
}

/**
 * Y labels for the visible rows, sticky at the left. The innermost level labels every row (every
 * k-th row when rows are shorter than a line of text); outer levels label a group once, at its first
 * visible row, with a rule where a group starts.
 */
export function paintYLabels(
  ctx: CanvasRenderingContext2D,
  l: Layout,
  m: StatusMatrix,
  columnsCss: readonly number[],
  theme: RenderTheme,
  fitter: TextFitter
): void {
  const { dpr } = l;
  const depth = columnsCss.length;
  if (depth === 0 || l.plotX <= 0) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, l.plotY, l.plotX, l.plotH);
  ctx.clip();
  const font = fontFor(theme, dpr);
  ctx.font = font;
  const measure = measuringContext(ctx, font);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const lineH = theme.fontSize * dpr * 1.25;
  const pad = Y_LABEL_PAD * dpr;
  const colX: number[] = [];
  let x = 0;
  for (const w of columnsCss) {
    colX.push(x);
    x += w * dpr;
  }
  const inner = depth - 1;
  const innerW = columnsCss[inner] * dpr - 2 * pad;
  // A label per row down to rows as tall as the font; below that every k-th row, never overlapping.
  const fontH = theme.fontSize * dpr;
  const step = l.rowPitch >= fontH ? 1 : Math.ceil(lineH / l.rowPitch);
  const rowMid = (r: number): number => rowTop(l, r) + (l.rowPitch - l.vGap) / 2;

  ctx.fillStyle = theme.text;
  const first = Math.ceil(l.firstRow / step) * step;
  for (let r = first; r < l.endRow; r += step) {
    const levels = levelsOf(m, r);
    const text = levels[levels.length - 1] ?? '';
    ctx.fillText(fitter.fit(measure, text, innerW), colX[inner] + pad, Math.round(rowMid(r)));
  }

  // Outer levels: a group is a run of rows sharing every level up to this one.
  ctx.fillStyle = theme.textWeak;
  ctx.strokeStyle = theme.axisLine;
  ctx.lineWidth = Math.max(1, Math.round(dpr));
  ctx.textBaseline = 'top';
  for (let level = 0; level < inner; level++) {
    const w = columnsCss[level] * dpr - 2 * pad;
    let lastDrawnBottom = -Infinity;
    for (let r = l.firstRow; r < l.endRow; r++) {
      const starts = r === 0 || !sameGroup(m, r, r - 1, level, depth);
      if (!starts && r !== l.firstRow) continue;
      const top = Math.max(l.plotY, rowTop(l, r));
      // Groups shorter than a line of text get neither a label nor a rule (dense rows, overview).
      if (top < lastDrawnBottom) continue;
      if (starts && r > 0) {
        const y = Math.round(rowTop(l, r)) + 0.5 * (ctx.lineWidth % 2);
        ctx.beginPath();
        ctx.moveTo(colX[level], y);
        ctx.lineTo(l.plotX, y);
        ctx.stroke();
      }
      const text = levelText(m, r, level, depth);
      ctx.fillText(fitter.fit(measure, text, w), colX[level] + pad, top + 2 * dpr);
      lastDrawnBottom = top + lineH;
    }
  }
  ctx.restore();
}

/** Label of `level` (0 = outermost of `depth` levels) of a row; rows with fewer levels align right. */
function levelText(m: StatusMatrix, row: number, level: number, depth: number): string {
  const levels = levelsOf(m, row);
  return levels[level - (depth - levels.length)] ?? '';
}

/** Whether rows a and b share every label level up to `level` (one group at that level). */
function sameGroup(m: StatusMatrix, a: number, b: number, level: number, depth: number): boolean {
  for (let i = 0; i <= level; i++) if (levelText(m, a, i, depth) !== levelText(m, b, i, depth)) return false;
  return true;
}

/** The time axis under the plot: a rule, ticks, and labels that never overlap or leave the canvas. */
export function paintXAxis(
  ctx: CanvasRenderingContext2D,
  l: Layout,
  from: number,
  to: number,
  theme: RenderTheme,
  timeZone: TimeZone
): void {
  const { dpr } = l;
  const y0 = l.plotY + l.plotH;
  if (y0 >= l.canvasHeight) return;
  const line = Math.max(1, Math.round(dpr));
  ctx.save();
  ctx.fillStyle = theme.axisLine;
  ctx.fillRect(l.plotX, y0, l.plotW, line);
  ctx.font = fontFor(theme, dpr);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  let lastRight = -Infinity;
  for (const tick of timeTicks(from, to, l.plotW / dpr, timeZone)) {
    const x = Math.round(l.plotX + tick.frac * l.plotW);
    if (x < l.plotX || x > l.plotX + l.plotW) continue;
    ctx.fillStyle = theme.axisLine;
    ctx.fillRect(x, y0, line, 4 * dpr);
    const w = ctx.measureText(tick.label).width;
    const left = Math.min(l.canvasWidth - w, Math.max(l.plotX, x - w / 2));
    if (left < lastRight + 8 * dpr) continue;
    ctx.fillStyle = theme.textWeak;
    ctx.fillText(tick.label, left, y0 + 6 * dpr);
    lastRight = left + w;
  }
  ctx.restore();
}
