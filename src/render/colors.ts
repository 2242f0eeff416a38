import { cssToRgba } from '../core';

/** Source-over composite of packed RGBA (0xAABBGGRR) `top` on an opaque `bottom`; the result is opaque. */
export function compositeOver(top: number, bottom: number): number {
  const a = (top >>> 24) / 255;
  if (a >= 1) return top >>> 0;
  const mix = (shift: number): number =>
    Math.round(((top >>> shift) & 0xff) * a + ((bottom >>> shift) & 0xff) * (1 - a)) << shift;
  return (0xff000000 | mix(0) | mix(8) | mix(16)) >>> 0;
}

/** A CSS colour made opaque over another (backgrounds must be opaque so a pixel buffer can hold them). */
export function opaqueCss(css: string, over = 0xffffffff): number {
  return compositeOver(cssToRgba(css), over);
}
