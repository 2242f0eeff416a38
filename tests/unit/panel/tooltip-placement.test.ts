import { describe, expect, it } from 'vitest';
import { placeBeside } from '../../../src/panel/tooltip-placement';
import { TooltipTargetStore } from '../../../src/panel/tooltip-target';

const area = { areaWidth: 800, areaHeight: 400 };

describe('tooltip placement', () => {
  it('goes right of a cell in the left half, hanging from its top in the upper half', () => {
    expect(placeBeside({ left: 100, right: 110, top: 50, bottom: 66, ...area }, 8)).toEqual({
      left: 118,
      top: 50,
      transform: 'translate(0%, 0%)',
    });
  });

  it('goes left of a cell in the right half, standing on its bottom in the lower half', () => {
    expect(placeBeside({ left: 700, right: 710, top: 300, bottom: 316, ...area }, 0)).toEqual({
      left: 700,
      top: 316,
      transform: 'translate(-100%, -100%)',
    });
  });
});

describe('tooltip target store', () => {
  it('tells subscribers about a new cell only, not about the same cell again', () => {
    const store = new TooltipTargetStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.set({ row: 1, col: 2, source: 'pointer' });
    store.set({ row: 1, col: 2, source: 'pointer' });
    store.set({ row: 1, col: 2, source: 'keyboard' });
    store.set(null);
    store.set(null);
    off();
    store.set({ row: 0, col: 0, source: 'pointer' });
    expect(calls).toBe(3);
    expect(store.get()).toEqual({ row: 0, col: 0, source: 'pointer' });
  });
});
