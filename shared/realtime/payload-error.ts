import type { PayloadErrorCode, PayloadErrorInfo } from './types.ts';

/**
 * The one exception the realtime module throws. It carries the same `info` the decoder returns as data,
 * so callers that catch it (CLI, contract handlers) can show offset, expectation and path uniformly.
 */
export class PayloadError extends Error {
  override name = 'PayloadError';
  readonly info: PayloadErrorInfo;

  constructor(info: PayloadErrorInfo) {
    super(info.message);
    this.info = info;
  }
}

/**
 * Builds a PayloadErrorInfo whose message names the byte offset and the field path, because a technician
 * reading only the message must still be able to find the bad byte in a hex view.
 */
export function payloadErrorInfo(
  code: PayloadErrorCode,
  offset: number,
  expected: string,
  found: string,
  path: string,
  message?: string,
): PayloadErrorInfo {
  const where = path ? ` in ${path}` : '';
  const text = message ?? `byte ${offset}${where}: expected ${expected}, found ${found}`;
  return { code, offset, expected, found, path, message: text };
}

/** Shorthand for `throw new PayloadError(payloadErrorInfo(...))` at input-validation sites. */
export function badInput(
  offset: number,
  path: string,
  expected: string,
  found: string,
  message: string,
): never {
  throw new PayloadError(payloadErrorInfo('bad-input', offset, expected, found, path, message));
}
