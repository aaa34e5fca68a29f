import type { ContractBridge } from '../../shared/contract/bridge.ts';
import type { ContractError, Envelope } from '../../shared/contract/envelope.ts';
import type {
  CallName,
  CallRequest,
  CallResponse,
  EventName,
  EventPayload,
} from '../../shared/contract/types.ts';

/** A call that answered `{ok:false}`: views branch on `code` and show `message` as it is. */
export class CallError extends Error {
  override name = 'CallError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Calls whose request may be left out (it is an empty object). */
type OptionalArgs<N extends CallName> =
  Record<string, never> extends CallRequest<N> ? [request?: CallRequest<N>] : [request: CallRequest<N>];

/**
 * The only way a view talks to main. Typed from the contract: a view gets autocompletion for call names and
 * the exact request and response types, the same whether the app runs in Electron or in a browser.
 */
export interface ContractClient {
  /** Calls `name` and resolves to the envelope: errors as data, for views that show them inline. */
  invoke<N extends CallName>(name: N, ...args: OptionalArgs<N>): Promise<Envelope<CallResponse<N>>>;
  /** Calls `name` and resolves to the data, or rejects with a CallError. */
  call<N extends CallName>(name: N, ...args: OptionalArgs<N>): Promise<CallResponse<N>>;
  /** Listens to event `name`; returns the function that stops listening. */
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Wraps a transport (Electron preload bridge or WebSocket) in the typed client. */
export function createContractClient(transport: ContractBridge): ContractClient {
  const invoke = <N extends CallName>(name: N, ...args: OptionalArgs<N>) =>
    transport.invoke(name, args[0] ?? {}) as Promise<Envelope<CallResponse<N>>>;
  return {
    invoke,
    async call(name, ...args) {
      const envelope = await invoke(name, ...args);
      if (envelope.ok) return envelope.data;
      throw new CallError(envelope.error.code, envelope.error.message);
    },
    on: (name, listener) => transport.on(name, listener as (payload: unknown) => void),
  };
}

/** Turns any rejection into something a view can show. */
export function errorInfo(error: unknown): ContractError {
  if (error instanceof CallError) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
