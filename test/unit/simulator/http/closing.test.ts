import { describe, expect, it } from 'vitest';
import { createClosing } from '../../../../main/simulator/http/closing.ts';

describe('closing registry', () => {
  it('ends every pending wait at once when the simulator closes, and refuses new ones', async () => {
    const closing = createClosing();
    const waits = Array.from({ length: 1000 }, () => closing.wait(60_000));
    const outcomes = Promise.allSettled(waits);
    closing.close();
    const settled = await outcomes;
    expect(settled.every((s) => s.status === 'rejected')).toBe(true);
    expect(closing.closed).toBe(true);
    await expect(closing.wait(0)).rejects.toThrow(/closing/);
  });

  it('resolves a wait when its time has come', async () => {
    const closing = createClosing();
    await expect(closing.wait(0)).resolves.toBeUndefined();
    closing.close();
  });
});
