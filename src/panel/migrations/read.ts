/**
 * Defensive readers for saved dashboard JSON: a field of the wrong type reads as the fallback
 * instead of throwing, so a damaged old panel still opens.
 */
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const obj = (v: unknown): Json => (isObject(v) ? v : {});

export const str = (v: unknown, fallback = ''): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback;

export const num = (v: unknown, fallback: number): number => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
};

/** Optional number: null, undefined and non-numbers read as undefined (the old "auto"). */
export const optNum = (v: unknown): number | undefined => {
  const n = num(v, NaN);
  return Number.isNaN(n) ? undefined : n;
};

export const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);

export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
