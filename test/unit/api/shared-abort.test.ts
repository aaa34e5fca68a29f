import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { childSignal, onAbort } from '../../../main/services/api/shared-abort.ts';

let warnings: string[] = [];
const collect = (w: Error) => warnings.push(w.name);
beforeEach(() => {
  warnings = [];
  process.on('warning', collect);
});
afterEach(() => void process.off('warning', collect));

describe('onAbort', () => {
  it('lets hundreds of waits share one signal without a leak warning, and stops them all', async () => {
    const controller = new AbortController();
    let called = 0;
    const offs = Array.from({ length: 300 }, () => onAbort(controller.signal, () => called++));
    offs[0]!();
    controller.abort();
    await nextTurn();
    expect(called).toBe(299);
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});

describe('childSignal', () => {
  it('aborts with the reason of the shared signal', () => {
    const parent = new AbortController();
    const child = childSignal(parent.signal);
    parent.abort(new Error('user stopped the load'));
    expect(child.signal?.aborted).toBe(true);
    expect((child.signal?.reason as Error).message).toBe('user stopped the load');
  });

  it('stays untouched once released, and is absent without a shared signal', () => {
    const parent = new AbortController();
    const child = childSignal(parent.signal);
    child.release();
    parent.abort();
    expect(child.signal?.aborted).toBe(false);
    expect(childSignal(undefined).signal).toBeUndefined();
  });

  it('starts aborted when the shared signal already is', () => {
    expect(childSignal(AbortSignal.abort()).signal?.aborted).toBe(true);
  });
});
