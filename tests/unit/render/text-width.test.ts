import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateSlack, estimateWidth, widestText } from '../../../src/render/text-width';

/**
 * A 2D context with a proportional font and kerning: 'W' is wide, 'i' and 'l' narrow, digits 7 px,
 * and the pair "AV" is pulled together by 1.5 px, so estimates (sums of characters) are off a little.
 */
function kernedCtx(font: string): CanvasRenderingContext2D & { calls: number } {
  const charWidth = (ch: string): number => (ch === 'W' ? 11 : ch === 'i' || ch === 'l' ? 3 : 7);
  const ctx = {
    font,
    calls: 0,
    measureText(text: string) {
      ctx.calls++;
      let w = 0;
      for (const ch of text) w += charWidth(ch);
      w -= 1.5 * (text.split('AV').length - 1);
      return { width: w } as TextMetrics;
    },
  };
  return ctx as unknown as CanvasRenderingContext2D & { calls: number };
}

describe('estimateWidth', () => {
  it('sums character widths measured once per font', () => {
    const ctx = kernedCtx('12px test-a');
    expect(estimateWidth(ctx, 'Wil7')).toBe(11 + 3 + 3 + 7);
    const calls = ctx.calls;
    expect(estimateWidth(ctx, 'liW')).toBe(17);
    expect(ctx.calls).toBe(calls); // every character already known for this font
  });
});

describe('widestText', () => {
  it('is exact for a few labels, kerning included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[AVWil0-9-]{0,14}$/), { minLength: 1, maxLength: 8 }),
        (texts) => {
          const ctx = kernedCtx('12px test-b');
          const exact = Math.max(...texts.map((t) => ctx.measureText(t).width));
          expect(widestText(ctx, texts)).toBe(exact);
        }
      ),
      { numRuns: 200 }
    );
  });

  it('is never narrower than the widest label and at most the slack wider, for many labels', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[AVWil0-9-]{0,14}$/), { minLength: 1, maxLength: 300 }),
        (texts) => {
          const ctx = kernedCtx('12px test-b');
          const exact = Math.max(...texts.map((t) => ctx.measureText(t).width));
          const w = widestText(ctx, texts);
          expect(w).toBeGreaterThanOrEqual(exact);
          expect(w).toBeLessThanOrEqual(exact + estimateSlack(exact));
        }
      ),
      { numRuns: 200 }
    );
  });

  it('measures a handful of 10,000 labels, not each of them', () => {
    const ctx = kernedCtx('12px test-c');
    const texts = Array.from({ length: 10_000 }, (_, i) => `node-${String(i).padStart(5, '0')}`);
    texts[4242] = 'node-WWWWW';
    expect(widestText(ctx, texts)).toBe(ctx.measureText('node-WWWWW').width);
    expect(ctx.calls).toBeLessThan(40);
    // Thousands of labels of one width (digits are tabular): still a handful of calls.
    const same = kernedCtx('12px test-d');
    expect(widestText(same, texts.slice(0, 4242))).toBe(same.measureText('node-00000').width);
    expect(same.calls).toBeLessThan(40);
  });
});
