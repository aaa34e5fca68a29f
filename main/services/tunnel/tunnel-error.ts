import type { TunnelFailure, TunnelFailureCode } from './types.ts';

/**
 * The one error the tunnel service throws: carries a stable code, a message for the technician and the
 * tool's raw output, so the boundary can turn it into `{code, message}` data without guessing.
 */
export class TunnelError extends Error {
  override name = 'TunnelError';
  readonly code: TunnelFailureCode;
  readonly detail: string;

  constructor(failure: TunnelFailure) {
    super(failure.message);
    this.code = failure.code;
    this.detail = failure.detail;
  }

  /** Back to the plain data shape used in states and events. */
  toFailure(): TunnelFailure {
    return { code: this.code, message: this.message, detail: this.detail };
  }
}

/** Shorthand for building a failure value. */
export function tunnelFailure(code: TunnelFailureCode, message: string, detail = ''): TunnelFailure {
  return { code, message, detail };
}

/** Any thrown value as a failure: TunnelErrors keep their code, anything else is reported under `fallback`. */
export function toTunnelFailure(e: unknown, fallback: TunnelFailureCode, message: string): TunnelFailure {
  if (e instanceof TunnelError) return e.toFailure();
  return tunnelFailure(fallback, message, e instanceof Error ? e.message : String(e));
}
