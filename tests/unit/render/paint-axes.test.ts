import { describe, expect, it } from 'vitest';
import { capWidths } from '../../../src/render';
import { TextFitter } from '../../../src/render/text-fit';

/** A 2D context whose text is 7 px per character: enough to check the truncation arithmetic. */
const fakeCtx = (): CanvasRenderingContext2D & { calls: number } => {
  const ctx = {
    font: '12px sans-serif',
    calls: 0,
    measureText(text: string) {
      ctx.calls++;
      return { width: text.length * 7 } as TextMetrics;
    },
  };
  return ctx as unknown as CanvasRenderingContext2D & { calls: number };
};

describe('capWidths', () => {
  it('keeps widths that fit', () => {
    expect(capWidths([50, 60, 100], 300)).toEqual([50, 60, 100]);
  });

  it('shrinks the widest columns first, so short outer levels stay whole', () => {
    expect(capWidths([50, 60, 200], 210)).toEqual([50, 60, 100]);
    expect(capWidths([100, 100, 100], 150)).toEqual([50, 50, 50]);
    const w = capWidths([80, 300, 40], 200);
    expect(w[0] + w[1] + w[2]).toBeLessThanOrEqual(200);
    expect(w[2]).toBe(40);
  });
});

describe('TextFitter', () => {
  it('keeps text that fits and ends longer text with an ellipsis within the width', () => {
    const ctx = fakeCtx();
    const f = new TextFitter();
    expect(f.fit(ctx, 'node-1', 100)).toBe('node-1');
    const cut = f.fit(ctx, 'eu-central/cluster-9/node-01234', 70); // 10 characters fit
    expect(cut.endsWith('\u2026')).toBe(true);
    expect(cut.length * 7).toBeLessThanOrEqual(70);
    expect(cut).toBe('eu-centra\u2026');
    expect(f.fit(ctx, 'abc', 3)).toBe('');
  });

  it('measures each label once per width and font', () => {
    const ctx = fakeCtx();
    const f = new TextFitter();
    f.fit(ctx, 'a rather long label', 50);
    const calls = ctx.calls;
    f.fit(ctx, 'a rather long label', 50);
    expect(ctx.calls).toBe(calls);
    ctx.font = '14px sans-serif';
    f.fit(ctx, 'a rather long label', 50);
    expect(ctx.calls).toBeGreaterThan(calls);
  });
});
