/** Stable codes of capture-store failures; the CLI and UI explain each one to a technician. */
export type CaptureErrorCode =
  | 'not-a-capture'
  | 'unsupported-version'
  | 'capture-exists'
  | 'capture-missing'
  | 'write-failed'
  | 'store-broken'
  | 'store-closed'
  | 'record-too-large'
  | 'bad-import-line'
  | 'import-missing'
  | 'nothing-imported';

/**
 * The one error the capture store throws: a stable `code` for programs and a message that says what
 * happened to which file, so a technician can act on it without reading code.
 */
export class CaptureError extends Error {
  override name = 'CaptureError';
  constructor(
    readonly code: CaptureErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
