import { describe, expect, it } from 'vitest';
import {
  decodeSocketMessage,
  encodeSocketMessage,
  isSocketCall,
} from '../../../shared/contract/socket-protocol.ts';

describe('socket protocol', () => {
  it('carries NaN, ±Infinity and -0 exactly, as meters send them', () => {
    const values = [NaN, Infinity, -Infinity, -0, 0, 1879583.2, Number.MAX_VALUE, 5e-324];
    const text = encodeSocketMessage({ type: 'event', name: 'live:frames', payload: { values } });
    const back = decodeSocketMessage(text) as { payload: { values: number[] } };
    expect(back.payload.values.map((v) => (Object.is(v, -0) ? '-0' : String(v)))).toEqual(
      values.map((v) => (Object.is(v, -0) ? '-0' : String(v))),
    );
  });

  it('keeps ordinary objects that happen to look similar', () => {
    const payload = { $n: 'hello', other: 1 };
    const back = decodeSocketMessage(encodeSocketMessage({ type: 'event', name: 'x', payload })) as {
      payload: unknown;
    };
    expect(back.payload).toEqual(payload);
  });

  it('recognises only well-formed calls', () => {
    expect(isSocketCall({ type: 'call', id: 1, name: 'app:info', payload: {} })).toBe(true);
    expect(isSocketCall({ type: 'call', id: '1', name: 'app:info' })).toBe(false);
    expect(isSocketCall({ type: 'result', id: 1 })).toBe(false);
    expect(isSocketCall(null)).toBe(false);
    expect(() => decodeSocketMessage('{not json')).toThrow(SyntaxError);
  });
});
