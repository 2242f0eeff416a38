/**
 * Label widths estimated from per-character widths, so thousands of labels cost a few measureText
 * calls instead of one each (measureText is the costly part of a first paint with 5,000 labels).
 *
 * A character's width depends on the font only, not on the data, so the table is kept per font for
 * the whole page: every panel with the same font shares it. The estimate ignores kerning and
 * ligatures, which move a label by a pixel or so: callers measure exactly whenever an estimate is
 * within ESTIMATE_SLACK of a decision.
 */
const widthsByFont = new Map<string, CharWidths>();
const measurers = new WeakMap<Document, CanvasRenderingContext2D | null>();

/**
 * A context for measureText only, one per document, set to `font`: a canvas created for a new panel
 * resolves its font afresh for every measurement (several times slower than a context that has
 * measured before). Falls back to `fallback` where a canvas has no 2D context (jsdom).
 */
export function measuringContext(fallback: CanvasRenderingContext2D, font: string): CanvasRenderingContext2D {
  const doc = (fallback.canvas as HTMLCanvasElement | undefined)?.ownerDocument;
  let ctx = doc ? measurers.get(doc) : null;
  if (doc && ctx === undefined) {
    ctx = doc.createElement('canvas').getContext('2d');
    measurers.set(doc, ctx);
  }
  const out = ctx ?? fallback;
  out.font = font;
  return out;
}
/** Fonts remembered at most (the page usually has one or two). */
const FONT_LIMIT = 16;

/** How far an estimate may be from the measured width, in px (kerning, ligatures, rounding). */
export function estimateSlack(width: number): number {
  return 2 + width * 0.03;
}

/** Character widths of one font; ASCII in a flat table, the rest by character. */
export class CharWidths {
  private readonly ascii = new Float64Array(128).fill(-1);
  private readonly other = new Map<string, number>();

  /** Sum of the text's character widths; ctx must be set to this table's font. */
  width(ctx: CanvasRenderingContext2D, text: string): number {
    const { ascii } = this;
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        let cw = ascii[code];
        if (cw < 0) cw = ascii[code] = ctx.measureText(text[i]).width;
        w += cw;
        continue;
      }
      // A surrogate pair is one character: measure it whole.
      const wide = code >= 0xd800 && code < 0xdc00 && i + 1 < text.length;
      const ch = wide ? text.slice(i, i + 2) : text[i];
      if (wide) i++;
      let cw = this.other.get(ch);
      if (cw === undefined) {
        cw = ctx.measureText(ch).width;
        this.other.set(ch, cw);
      }
      w += cw;
    }
    return w;
  }
}

/** The character widths of ctx's current font (reading ctx.font costs: call once per batch). */
export function charWidths(ctx: CanvasRenderingContext2D): CharWidths {
  const font = ctx.font;
  let table = widthsByFont.get(font);
  if (!table) {
    if (widthsByFont.size >= FONT_LIMIT) widthsByFont.clear();
    table = new CharWidths();
    widthsByFont.set(font, table);
  }
  return table;
}

/** Sum of the text's character widths in ctx's current font. */
export function estimateWidth(ctx: CanvasRenderingContext2D, text: string): number {
  return charWidths(ctx).width(ctx, text);
}

/** Labels measured exactly per WidestText (the widest by estimate). */
const EXACT_LIMIT = 8;

/**
 * The widest of many labels: each added label is estimated, the EXACT_LIMIT widest estimates are
 * measured, and the width is the widest of those measurements and of the best estimate left
 * unmeasured. Exact when there are at most EXACT_LIMIT distinct labels or the widest stand out;
 * otherwise within the estimate's slack (thousands of same-length names differ by kerning only).
 * ctx must keep its font while labels are added.
 */
export class WidestText {
  private readonly chars: CharWidths;
  /** The EXACT_LIMIT + 1 widest distinct labels so far, widest first. */
  private readonly top: { text: string; estimate: number }[] = [];

  constructor(private readonly ctx: CanvasRenderingContext2D) {
    this.chars = charWidths(ctx);
  }

  add(text: string): void {
    const top = this.top;
    const estimate = this.chars.width(this.ctx, text);
    if (top.length > EXACT_LIMIT && estimate <= top[EXACT_LIMIT].estimate) return;
    if (top.some((t) => t.text === text)) return;
    let at = top.length;
    while (at > 0 && top[at - 1].estimate < estimate) at--;
    top.splice(at, 0, { text, estimate });
    if (top.length > EXACT_LIMIT + 1) top.pop();
  }

  width(): number {
    const top = this.top;
    let widest = top.length > EXACT_LIMIT ? top[EXACT_LIMIT].estimate : 0;
    for (let i = 0; i < Math.min(EXACT_LIMIT, top.length); i++) {
      widest = Math.max(widest, this.ctx.measureText(top[i].text).width);
    }
    return widest;
  }
}

/** Width of the widest of `texts` (see WidestText). */
export function widestText(ctx: CanvasRenderingContext2D, texts: Iterable<string>): number {
  const widest = new WidestText(ctx);
  for (const text of texts) widest.add(text);
  return widest.width();
}
