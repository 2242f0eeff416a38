/**
 * Opaque keyset cursors: the last row's sort key, base64url JSON. Keyset (not offset) pagination stays
 * fast deep into a long history and does not skip rows when new ones arrive between pages.
 */
import { AppError } from './errors';

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((k) => typeof k === 'string' || typeof k === 'number')
    )
      return key as (string | number)[];
  } catch {
    // fall through to the error below
  }
  throw new AppError('INVALID_CURSOR', 'cursor is not one this server returned');
}
