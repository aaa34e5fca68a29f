/**
 * Why a text or byte string is not an OBIS code. Carries a stable code for the contract and the offending
 * input, and its message says what was expected, so a technician can fix the typo.
 */
export class ObisParseError extends Error {
  override name = 'ObisParseError';
  /** Stable error code for `{ok:false,error:{code,message}}` at the renderer/main boundary. */
  readonly code = 'OBIS_INVALID';

  constructor(
    reason: string,
    /** The text (or hex of the bytes) that was rejected. */
    readonly input: string,
  ) {
    super(`"${input}" is not an OBIS code: ${reason}`);
  }
}
