/**
 * An expected failure with a stable code, thrown inside a service. The handler wrapper turns it into
 * `{ok:false,error:{code,message}}`, so the message must be one a technician can act on and hold no secret.
 */
export class ServiceError extends Error {
  override name = 'ServiceError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const STABLE_CODE = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;

/**
 * The code and message an error may show across the boundary, or undefined for a bug. Services of other
 * areas throw their own classes (ApiError, SecretStoreError, PayloadError...); what they share is a
 * lower-case `code` (or `info.code`). Node's own errors (`ENOENT`) are upper-case and so count as bugs:
 * their messages can carry paths and internals that do not belong in a view.
 */
export function exposedError(error: unknown): { code: string; message: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const carrier = error as Error & { code?: unknown; info?: { code?: unknown; message?: unknown } };
  const code = typeof carrier.code === 'string' ? carrier.code : carrier.info?.code;
  if (typeof code !== 'string' || !STABLE_CODE.test(code)) return undefined;
  const message = typeof carrier.info?.message === 'string' ? carrier.info.message : error.message;
  return { code, message };
}
