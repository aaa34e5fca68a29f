import type { z } from 'zod';
import type { ContractDefinition } from '../../shared/contract/define.ts';

/** Where a host sends events: one sink per window or socket. */
export type EventSink = (name: string, payload: unknown) => void;

/** Typed emit for services, fan-out to every subscribed sink for hosts. */
export interface EventHub<C extends ContractDefinition> {
  emit<E extends keyof C['events'] & string>(name: E, payload: z.input<C['events'][E]['payload']>): void;
  /** Adds a sink; returns the function that removes it (window closed, socket gone). */
  subscribe(sink: EventSink): () => void;
}

/**
 * The event side of the contract. Every payload is checked against its schema (and stripped to it) before
 * it leaves main, so a service bug shows up in the log instead of as a broken view; one failing sink never
 * keeps the event from the others.
 */
export function createEventHub<C extends ContractDefinition>(
  contract: C,
  onInternalError: (error: unknown, context: { event: string }) => void,
): EventHub<C> {
  const sinks = new Set<EventSink>();
  return {
    emit(name, payload) {
      const definition = contract.events[name];
      if (!definition) {
        onInternalError(new Error(`no event named ${name}`), { event: name });
        return;
      }
      const checked = definition.payload.safeParse(payload);
      if (!checked.success) {
        onInternalError(checked.error, { event: name });
        return;
      }
      for (const sink of sinks) {
        try {
          sink(name, checked.data);
        } catch (e) {
          onInternalError(e, { event: name });
        }
      }
    },
    subscribe(sink) {
      sinks.add(sink);
      return () => void sinks.delete(sink);
    },
  };
}
