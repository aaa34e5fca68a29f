import { describe, expect, it } from 'vitest';
import { LiveFrameSchema } from '../../../shared/contract/events/live-frames.ts';
import { toLiveFrame } from '../../../main/ipc/live-frame.ts';
import type { Frame } from '../../../main/services/webhook/frame.ts';
import { vendorItem } from '../../helpers/vendor-item.ts';

const item = vendorItem([{ obis: '1-0:1.8.0*255', obisHex: '0100010800FF', value: 1879583.2 }]);

describe('toLiveFrame', () => {
  it('lists a decoded frame with its time, size and items, without its body', () => {
    const frame: Frame = {
      seq: 7,
      ms: Date.UTC(2026, 0, 2, 3, 4, 5, 678),
      ns: 0,
      remote: '127.0.0.1',
      body: new Uint8Array(92),
      status: 'ok',
      items: [item],
    };
    const live = toLiveFrame(frame);
    expect(live).toEqual({
      seq: 7,
      receivedAt: '2026-01-02T03:04:05.678Z',
      remote: '127.0.0.1',
      byteLength: 92,
      status: 'ok',
      items: [item],
    });
    expect(LiveFrameSchema.parse(live)).toEqual(live);
  });

  it('keeps where decoding stopped, so the list can mark the frame and point at the byte', () => {
    const frame: Frame = {
      seq: 8,
      ms: 0,
      ns: 0,
      remote: '10.0.0.9',
      body: new Uint8Array([0x0a, 0xff]),
      status: 'failed',
      items: [],
      error: { code: 'truncated', offset: 1, message: 'byte 1: expected a length, found the end' },
    };
    expect(toLiveFrame(frame).error).toEqual({
      code: 'truncated',
      offset: 1,
      message: 'byte 1: expected a length, found the end',
    });
    expect(LiveFrameSchema.safeParse(toLiveFrame(frame)).success).toBe(true);
  });
});
