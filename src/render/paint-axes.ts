import type { StatusMatrix } from '../core';
import { groupLabels, levelsOf, levelText } from './label-levels';
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
 * visible row, with a rule where it starts, when it is at least as tall as the font (groupLabels).
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

  // Outer levels: one label per group tall enough to carry one, and the rules between them, all in
  // one path stroked once (a stroke per group costs more than the labels on a new canvas).
  ctx.fillStyle = theme.textWeak;
  ctx.strokeStyle = theme.axisLine;
  ctx.lineWidth = Math.max(1, Math.round(dpr));
  ctx.textBaseline = 'top';
  const ruleOffset = 0.5 * (ctx.lineWidth % 2);
  ctx.beginPath();
  for (let level = 0; level < inner; level++) {
    const w = columnsCss[level] * dpr - 2 * pad;
    for (const g of groupLabels(l, m, level, depth, fontH, lineH)) {
      if (g.ruleY !== null) {
        ctx.moveTo(colX[level], g.ruleY + ruleOffset);
        ctx.lineTo(l.plotX, g.ruleY + ruleOffset);
      }
      ctx.fillText(
        fitter.fit(measure, levelText(m, g.row, level, depth), w),
        colX[level] + pad,
        g.top + 2 * dpr
      );
    }
  }
  ctx.stroke();
  ctx.restore();
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
