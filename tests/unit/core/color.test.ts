import { describe, expect, it } from 'vitest';
import { cssToRgba, packRgba, rgbaToCss, StatusTable } from '../../../src/core';

describe('colours', () => {
  it('packs CSS colours for an ImageData Uint32 view (bytes R, G, B, A in memory)', () => {
    const rgba = cssToRgba('#102030');
    const bytes = new Uint8Array(new Uint32Array([rgba]).buffer);
    expect(Array.from(bytes)).toEqual([0x10, 0x20, 0x30, 255]);
    expect(cssToRgba('rgba(255, 0, 0, 0.5)')).toBe(packRgba(255, 0, 0, 0.5));
  });

  it('round-trips through rgba()', () => {
    expect(rgbaToCss(cssToRgba('steelblue'))).toBe('rgba(70, 130, 180, 1)');
  });

  it('gives EMPTY a transparent paint and UNKNOWN the top severity', () => {
    const t = StatusTable.withSpecials([{ label: 'a', color: 'red', severity: 7, ok: false }]);
    expect(t.rgba[0]).toBe(0);
    expect(t.severity[1]).toBeGreaterThan(7);
    expect(t.severity[0]).toBe(-Infinity);
  });
});
