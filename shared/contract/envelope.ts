/**
 * What every contract call answers. Errors cross the boundary as data, so a view never has to guess whether
 * a rejection was a bug, a lost connection or a wrong password: it reads `code` and shows `message`.
 */

/** An error a view can show as it is: a stable `code` to branch on and one sentence a technician understands. */
export interface ContractError {
  code: string;
  message: string;
}

/** The answer to one call: the response data, or an error as data. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ContractError };

/** Builds a success envelope (one place, so the shape never drifts between hosts). */
export function okEnvelope<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

/** Builds an error envelope. */
export function errorEnvelope(code: string, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

/**
 * Codes the plumbing itself produces (services add their own, e.g. `bad-input`, `unauthorized`).
 * Listed so views can treat transport failures alike whatever call they made.
 */
export const PLUMBING_ERROR_CODES = {
  badRequest: 'bad-request',
  unknownCall: 'unknown-call',
  forbidden: 'forbidden',
  internal: 'internal',
  disconnected: 'disconnected',
} as const;
