import { describe, expect, it } from 'vitest';
import { moveFocus } from '../../../src/render';

describe('moveFocus', () => {
  it('moves one cell with the arrows', () => {
    const at = { row: 5, col: 5 };
    expect(moveFocus(at, 'ArrowUp', 10, 10, 3)).toEqual({ row: 4, col: 5 });
    expect(moveFocus(at, 'ArrowDown', 10, 10, 3)).toEqual({ row: 6, col: 5 });
    expect(moveFocus(at, 'ArrowLeft', 10, 10, 3)).toEqual({ row: 5, col: 4 });
    expect(moveFocus(at, 'ArrowRight', 10, 10, 3)).toEqual({ row: 5, col: 6 });
  });

  it('jumps with Home, End and the page keys, clamped to the grid', () => {
    const at = { row: 5, col: 5 };
    expect(moveFocus(at, 'Home', 10, 10, 3)).toEqual({ row: 5, col: 0 });
    expect(moveFocus(at, 'End', 10, 10, 3)).toEqual({ row: 5, col: 9 });
    expect(moveFocus(at, 'PageDown', 10, 10, 3)).toEqual({ row: 8, col: 5 });
    expect(moveFocus(at, 'PageDown', 10, 10, 30)).toEqual({ row: 9, col: 5 });
    expect(moveFocus({ row: 0, col: 0 }, 'ArrowUp', 10, 10, 3)).toEqual({ row: 0, col: 0 });
  });

  it('focuses the first cell when nothing is focused, and ignores other keys', () => {
    expect(moveFocus(null, 'ArrowDown', 10, 10, 3)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 1, col: 1 }, 'a', 10, 10, 3)).toBeUndefined();
    expect(moveFocus(null, 'ArrowDown', 0, 10, 3)).toBeUndefined();
  });
});
