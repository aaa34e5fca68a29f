/** Stable codes of registration errors the manager itself raises (API failures keep the API client's codes). */
export type RegistrationErrorCode = 'no-hook-url' | 'not-listed';

/** A registration step that cannot go on, with a message a technician can act on. */
export class RegistrationError extends Error {
  override name = 'RegistrationError';
  readonly code: RegistrationErrorCode;

  constructor(code: RegistrationErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
