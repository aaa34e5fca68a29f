import { describe, expect, it } from 'vitest';
import { fastSend, FastSendActiveError, StreamHealth } from '../../../main/services/realtime/index.ts';

const A = '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1';

describe('fastSend', () => {
  it('calls FastSendDeviceValues and makes health expect 1 s frames for 30 s', async () => {
    let now = 1_000_000;
    const calls: string[] = [];
    const health = new StreamHealth({ clock: () => now });
    const api = { fastSendDeviceValues: async (id: string) => void calls.push(id) };
    const { untilMs } = await fastSend(A, { api, health, clock: () => now });
    expect(calls).toEqual([A]);
    expect(untilMs).toBe(1_030_000);
    expect(health.expectedIntervalMs(A, now + 29_999)).toBe(1000);
    expect(health.expectedIntervalMs(A, now + 30_000)).toBe(10_000);

    now += 10_000;
    const again = await fastSend(A, { api, health, clock: () => now }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(FastSendActiveError);
    expect((again as Error).message).toContain('20 s left');
    expect(calls).toHaveLength(1); // not called in a loop

    now += 20_000;
    await fastSend(A, { api, health, clock: () => now });
    expect(calls).toHaveLength(2);
  });

  it('does not note a fast-send window when the API call fails', async () => {
    const health = new StreamHealth({ clock: () => 0 });
    const api = {
      fastSendDeviceValues: async () => {
        throw new Error('403 Forbidden');
      },
    };
    await expect(fastSend(A, { api, health, clock: () => 0 })).rejects.toThrow('403');
    expect(health.fastSendUntil(A)).toBeUndefined();
  });
});
