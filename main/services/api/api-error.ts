/**
 * Stable error codes of the smart-me API client. UIs, the CLI and tests branch on these, never on message text.
 * `rejected` covers the cloud refusing a request as invalid (400, 405, 409, 422): none of the others fits it.
 */
export type ApiErrorCode =
  | 'unauthorized'
  | 'licence-required'
  | 'not-found'
  | 'rate-limited'
  | 'offline'
  | 'timeout'
  | 'server-error'
  | 'unexpected-answer'
  | 'rejected'
  | 'cancelled';

/** Where an error happened, so a technician can tell which call failed (never headers or bodies with secrets). */
export interface ApiErrorContext {
  method?: string;
  /** Path with query, relative to the base URL, e.g. `/Devices/…`. */
  path?: string;
  /** HTTP status when the cloud answered. */
  status?: number;
  /** How long the cloud asked us to wait (429 Retry-After), in milliseconds. */
  retryAfterMs?: number;
  /** True when trying again later may well succeed (dropped connection, 5xx, 429, timeout). */
  transient?: boolean;
}

/**
 * The one error type the API client throws. `message` is written for a technician: what went wrong and what to do
 * next. It never contains an Authorization header, password, token or API key (the client scrubs them).
 */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** True when the same request may succeed later: drives GET retries and a UI's "try again" button. */
  readonly transient: boolean;

  constructor(code: ApiErrorCode, message: string, context: ApiErrorContext = {}) {
    super(message);
    this.code = code;
    this.method = context.method;
    this.path = context.path;
    this.status = context.status;
    this.retryAfterMs = context.retryAfterMs;
    this.transient = context.transient ?? false;
  }

  /** A plain-data copy for JSON output and the renderer contract: `{ code, message, status? }`. */
  toJSON(): { code: ApiErrorCode; message: string; status?: number } {
    return this.status === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, status: this.status };
  }
}

/** True when `e` is an ApiError (optionally of one of the given codes): keeps `catch` blocks short and typed. */
export function isApiError(e: unknown, ...codes: ApiErrorCode[]): e is ApiError {
  return e instanceof ApiError && (codes.length === 0 || codes.includes(e.code));
}
