import type { RawValue } from './series';
import type { RowKind } from './grid';
import type { ValueDictionary } from './value-dictionary';

/** True when the row must be stored as strings: any string value makes the whole row a string row. */
export function hasStrings(values: ArrayLike<RawValue>): boolean {
  if (ArrayBuffer.isView(values)) return false;
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] === 'string') return true;
  }
  return false;
}

/**
 * Encodes one value for a row of the given kind: numbers as themselves (booleans as 1/0),
 * strings as dictionary codes, and null / undefined / NaN as NaN.
 */
export function encodeValue(value: RawValue, kind: RowKind, dictionary: ValueDictionary): number {
  if (value === null || value === undefined) return NaN;
  if (kind === 'number') {
    if (typeof value === 'number') return value;
    if (typeof value === 'boolean') return value ? 1 : 0;
    const n = Number(value);
    return value.trim() === '' ? NaN : n;
  }
  if (typeof value === 'number' && value !== value) return NaN;
  return dictionary.code(String(value));
}

/** Encodes a whole value column; a Float64Array of a number row is used as it is, without a copy. */
export function encodeValues(
  values: ArrayLike<RawValue>,
  kind: RowKind,
  dictionary: ValueDictionary
): Float64Array {
  if (kind === 'number' && values instanceof Float64Array) return values;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = encodeValue(values[i], kind, dictionary);
  return out;
}
