import type { z } from 'zod';
import {
  errorEnvelope,
  okEnvelope,
  PLUMBING_ERROR_CODES,
  type Envelope,
} from '../../shared/contract/envelope.ts';
import type { ContractDefinition } from '../../shared/contract/define.ts';
import { formatIssues } from './format-issues.ts';
import { redactSecrets } from './redact.ts';
import { exposedError } from './service-error.ts';

/** A service implementation per call name; requests arrive validated, with defaults applied. */
export type ServiceMap<C extends ContractDefinition> = {
  [N in keyof C['calls']]: (
    request: z.output<C['calls'][N]['request']>,
  ) => Promise<z.output<C['calls'][N]['response']>>;
};

/** What the host supplies: who may call, and where bugs are reported. */
export interface HandlerOptions<Sender> {
  /** The host's sender check (Electron: known window, main frame, app origin; web: authenticated socket). */
  isTrustedSender(sender: Sender): boolean;
  /** The one place unexpected exceptions go (the log), with the call they happened in. */
  onInternalError(error: unknown, context: { call: string }): void;
}

/** Every call of the contract behind one entry point a transport can forward to. */
export interface Handlers<Sender> {
  /** Never rejects: whatever arrives, the answer is an envelope. */
  handle(sender: Sender, name: string, payload: unknown): Promise<Envelope<unknown>>;
  /** The call names, for hosts that register one channel per call. */
  readonly names: readonly string[];
}

const INTERNAL_MESSAGE =
  'Meterscope hit an unexpected problem and did not finish this action. Details are in the log; please try again.';

/**
 * Wraps every handler of `contract` once, the same way for every host: check the sender, validate the input
 * with the call's schema, call the service, check the answer with the response schema (which also strips
 * any field the contract does not declare, so nothing extra, such as a token, can cross), and return the
 * envelope. Expected service errors keep their code and message; anything else becomes `internal`.
 */
export function createHandlers<C extends ContractDefinition, Sender>(
  contract: C,
  services: ServiceMap<C>,
  options: HandlerOptions<Sender>,
): Handlers<Sender> {
  const names = Object.keys(contract.calls);
  const known = new Set(names);

  async function handle(sender: Sender, name: string, payload: unknown): Promise<Envelope<unknown>> {
    let trusted = false;
    try {
      trusted = options.isTrustedSender(sender);
    } catch (e) {
      options.onInternalError(e, { call: name });
    }
    if (!trusted) {
      return errorEnvelope(
        PLUMBING_ERROR_CODES.forbidden,
        'This window is not allowed to talk to Meterscope.',
      );
    }
    if (!known.has(name)) {
      return errorEnvelope(
        PLUMBING_ERROR_CODES.unknownCall,
        `There is no call named "${name.slice(0, 80)}".`,
      );
    }
    const definition = contract.calls[name]!;
    const input = definition.request.safeParse(payload ?? {});
    if (!input.success) {
      return errorEnvelope(PLUMBING_ERROR_CODES.badRequest, `${name}: ${formatIssues(input.error)}`);
    }
    let result: unknown;
    try {
      // The schema just checked this request, so the service gets exactly the type it declares.
      const service = services[name as keyof C['calls']] as (request: unknown) => Promise<unknown>;
      result = await service(input.data);
    } catch (e) {
      const exposed = exposedError(e);
      if (exposed) return errorEnvelope(exposed.code, redactSecrets(exposed.message));
      options.onInternalError(e, { call: name });
      return errorEnvelope(PLUMBING_ERROR_CODES.internal, INTERNAL_MESSAGE);
    }
    const output = definition.response.safeParse(result);
    if (!output.success) {
      options.onInternalError(
        new Error(`${name} answered outside its schema: ${formatIssues(output.error)}`),
        {
          call: name,
        },
      );
      return errorEnvelope(PLUMBING_ERROR_CODES.internal, INTERNAL_MESSAGE);
    }
    return okEnvelope(output.data);
  }

  return { handle, names };
}
