import { color as parseCssColor } from 'd3-color';
import { CoreError } from './errors';

/**
 * Packs a CSS colour into the uint32 an ImageData's Uint32Array view expects on little-endian
 * machines (every browser host we target): bytes R, G, B, A in memory, i.e. 0xAABBGGRR.
 */
export function packRgba(r: number, g: number, b: number, a: number): number {
  return ((Math.round(a * 255) << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/** Parses any CSS colour d3-color understands (hex, rgb(), hsl(), named) into packed RGBA. */
export function cssToRgba(css: string): number {
  const parsed = parseCssColor(css);
  if (!parsed) {
    throw new CoreError('INVALID_COLOR', `Not a CSS colour: ${JSON.stringify(css)}`);
  }
  const { r, g, b, opacity } = parsed.rgb();
  return packRgba(clampByte(r), clampByte(g), clampByte(b), Math.min(1, Math.max(0, opacity)));
}

/** Packed RGBA back to a CSS rgba() string (for canvas fillStyle and legends). */
export function rgbaToCss(rgba: number): string {
  const r = rgba & 0xff;
  const g = (rgba >>> 8) & 0xff;
  const b = (rgba >>> 16) & 0xff;
  const a = ((rgba >>> 24) & 0xff) / 255;
  return `rgba(${r}, ${g}, ${b}, ${Math.round(a * 1000) / 1000})`;
}

function clampByte(x: number): number {
  return Math.min(255, Math.max(0, Math.round(Number.isFinite(x) ? x : 0)));
}
