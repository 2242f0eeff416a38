/** Stable codes for every error the core raises on bad input, so callers can branch on them. */
export type CoreErrorCode =
  | 'INVALID_RANGE'
  | 'INVALID_INTERVAL'
  | 'GRID_TOO_LARGE'
  | 'SERIES_LENGTH_MISMATCH'
  | 'INVALID_RULE'
  | 'INVALID_COLOR'
  | 'INVALID_SCALE';

export class CoreError extends Error {
  constructor(
    readonly code: CoreErrorCode,
    message: string
  ) {
    super(message);
    this.name = 'CoreError';
  }
}
