import { describe, expect, it } from 'vitest';
import { borrowStatuses, returnStatuses } from '../../../src/render/status-buffers';

describe('status buffers', () => {
  it('hands a returned buffer to the next fold of a similar size, never to two at once', () => {
    const a = borrowStatuses(50_000);
    expect(a.length).toBe(50_000);
    returnStatuses(a);
    returnStatuses(a); // a second return of the same buffer is ignored
    const b = borrowStatuses(48_000);
    expect(b.buffer).toBe(a.buffer);
    expect(b.length).toBe(48_000);
    const c = borrowStatuses(48_000);
    expect(c.buffer).not.toBe(a.buffer); // the one spare went to b
  });

  it('does not pin a large buffer for a small grid', () => {
    const big = borrowStatuses(1_000_000);
    returnStatuses(big);
    const small = borrowStatuses(100);
    expect(small.buffer).not.toBe(big.buffer);
    expect(small.length).toBe(100);
  });

  it('keeps a few spares only', () => {
    const sizes = [60_000, 61_000, 62_000, 63_000, 64_000, 65_000];
    const held = sizes.map((n) => borrowStatuses(n));
    for (const h of held) returnStatuses(h);
    // Only the newest four are kept: a grid the size of the first gets the smallest of those that fits.
    const again = borrowStatuses(60_000);
    expect(held.slice(2).some((h) => h.buffer === again.buffer)).toBe(true);
    expect(held.slice(0, 2).some((h) => h.buffer === again.buffer)).toBe(false);
  });
});
