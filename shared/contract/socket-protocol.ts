import type { Envelope } from './envelope.ts';

/**
 * The browser host's WebSocket messages. JSON, except that doubles JSON cannot carry (NaN, ±Infinity, -0),
 * which meters do send, travel as `{"$n":"NaN"}` so the Live and Decoder views show what was really sent.
 */

/** Renderer → main: one contract call; `id` pairs it with its result. */
export interface SocketCall {
  type: 'call';
  id: number;
  name: string;
  payload: unknown;
}

/** Main → renderer: the envelope answering call `id`. */
export interface SocketResult {
  type: 'result';
  id: number;
  envelope: Envelope<unknown>;
}

/** Main → renderer: one contract event. */
export interface SocketEvent {
  type: 'event';
  name: string;
  payload: unknown;
}

/** Any message on the socket. */
export type SocketMessage = SocketCall | SocketResult | SocketEvent;

const SPECIAL = '$n';

/** Serialises a message, keeping NaN, ±Infinity and -0 exact. */
export function encodeSocketMessage(message: SocketMessage): string {
  return JSON.stringify(message, (_key, value: unknown) => {
    if (typeof value !== 'number') return value;
    if (Number.isNaN(value)) return { [SPECIAL]: 'NaN' };
    if (value === Infinity) return { [SPECIAL]: 'Infinity' };
    if (value === -Infinity) return { [SPECIAL]: '-Infinity' };
    if (Object.is(value, -0)) return { [SPECIAL]: '-0' };
    return value;
  });
}

const SPECIALS: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };

/**
 * Parses a message. Throws SyntaxError for text that is not JSON; callers decide what a bad message means
 * (the server answers it with an error, it never crashes on it).
 */
export function decodeSocketMessage(text: string): unknown {
  // Fast path: without a tag there is nothing to revive, and a reviver costs a call per value (live frames).
  if (!text.includes(`"${SPECIAL}"`)) return JSON.parse(text);
  return JSON.parse(text, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const tag = (value as Record<string, unknown>)[SPECIAL];
      if (keys.length === 1 && typeof tag === 'string' && tag in SPECIALS) return SPECIALS[tag];
    }
    return value;
  });
}

/** Narrows an untrusted parsed message to a call, so the server never trusts a malformed one. */
export function isSocketCall(value: unknown): value is SocketCall {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return v.type === 'call' && Number.isSafeInteger(v.id) && typeof v.name === 'string';
}
