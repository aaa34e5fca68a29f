import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEvent } from '../../../shared/contract/define.ts';
import { createEventHub } from '../../../main/ipc/event-hub.ts';

const contract = {
  calls: {},
  events: { 'live:count': defineEvent({ summary: 'test', payload: z.object({ n: z.int() }) }) },
};

describe('event hub', () => {
  it('sends checked payloads to every window, stripped to the schema', () => {
    const hub = createEventHub(contract, () => undefined);
    const a: unknown[] = [];
    const b: unknown[] = [];
    hub.subscribe((name, p) => a.push([name, p]));
    const off = hub.subscribe((name, p) => b.push([name, p]));
    hub.emit('live:count', { n: 1, secret: 'x' } as { n: number });
    off();
    hub.emit('live:count', { n: 2 });
    expect(a).toEqual([
      ['live:count', { n: 1 }],
      ['live:count', { n: 2 }],
    ]);
    expect(b).toEqual([['live:count', { n: 1 }]]);
  });

  it('logs a payload outside the schema instead of sending it, and survives a failing window', () => {
    const errors: string[] = [];
    const hub = createEventHub(contract, (_e, { event }) => errors.push(event));
    const got: unknown[] = [];
    hub.subscribe(() => {
      throw new Error('window gone');
    });
    hub.subscribe((_n, p) => got.push(p));
    hub.emit('live:count', { n: 'many' } as unknown as { n: number });
    hub.emit('live:count', { n: 3 });
    expect(got).toEqual([{ n: 3 }]);
    expect(errors).toEqual(['live:count', 'live:count']);
  });
});
