import { estimateSlack, estimateWidth } from './text-width';

/**
 * Truncates labels with an ellipsis to a width, caching results: a scroll frame re-draws the same few
 * dozen labels, and measureText is the costly part. The cache resets when the font or width changes.
 */
export class TextFitter {
  private cache = new Map<string, string>();
  private font = '';

  fit(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
    if (ctx.font !== this.font || this.cache.size > 20_000) {
      this.cache.clear();
      this.font = ctx.font;
    }
    const key = `${maxWidth}\u0000${text}`;
    let out = this.cache.get(key);
    if (out === undefined) {
      out = truncate(ctx, text, maxWidth);
      this.cache.set(key, out);
    }
    return out;
  }
}

const ELLIPSIS = '\u2026';

function truncate(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (maxWidth <= 0) return '';
  // Most labels fit with room to spare: the estimate says so without measuring them.
  const estimate = estimateWidth(ctx, text);
  if (estimate + estimateSlack(estimate) <= maxWidth) return text;
  if (ctx.measureText(text).width <= maxWidth) return text;
  if (ctx.measureText(ELLIPSIS).width > maxWidth) return '';
  // Longest prefix that fits with the ellipsis: binary search on the length.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.measureText(text.slice(0, mid) + ELLIPSIS).width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + ELLIPSIS;
}
