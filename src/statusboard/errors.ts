/**
 * The error catalogue: every error the API returns has a stable `code` that clients (and the CLI) may
 * switch on, and an HTTP status. 4xx is always the caller's mistake; a 5xx means a bug or an outage.
 */
export const ERRORS = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  INVALID_MATCHERS: 400,
  INVALID_TIME_RANGE: 400,
  DURATION_TOO_LONG: 400,
  INVALID_RECURRENCE: 400,
  INVALID_CURSOR: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SERVICE_NOT_FOUND: 404,
  EVENT_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  SERVICE_EXISTS: 409,
  EVENT_NOT_CHANGEABLE: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  ALERTMANAGER_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERRORS[code];
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}
