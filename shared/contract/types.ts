import type { z } from 'zod';
import type { Contract } from './contract.ts';

/** Every call name, e.g. `'settings:get'`. */
export type CallName = keyof Contract['calls'] & string;

/** Every event name, e.g. `'live:frames'`. */
export type EventName = keyof Contract['events'] & string;

/** What a view passes to a call (defaults not yet applied). */
export type CallRequest<N extends CallName> = z.input<Contract['calls'][N]['request']>;

/** What a service receives for a call: validated, defaults applied. */
export type ParsedRequest<N extends CallName> = z.output<Contract['calls'][N]['request']>;

/** What a call answers on success. */
export type CallResponse<N extends CallName> = z.output<Contract['calls'][N]['response']>;

/** The payload of an event. */
export type EventPayload<E extends EventName> = z.output<Contract['events'][E]['payload']>;

/** The main-side implementation of every call: what main/app.ts builds and the handler wrapper wraps. */
export type ContractServices = {
  [N in CallName]: (request: ParsedRequest<N>) => Promise<CallResponse<N>>;
};
