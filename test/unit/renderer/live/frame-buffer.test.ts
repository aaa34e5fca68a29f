import { describe, expect, it } from 'vitest';
import type { LiveFrame } from '../../../../shared/contract/events/live-frames.ts';
import { FrameBuffer, matchesFilter, NO_FILTER } from '../../../../renderer/features/live/frame-buffer.ts';

let seq = 0;
const frame = (deviceId: string, status: LiveFrame['status'] = 'ok'): LiveFrame => ({
  seq: seq++,
  receivedAt: '2024-01-01T00:00:00.000Z',
  remote: '127.0.0.1',
  byteLength: 10,
  status,
  items: deviceId
    ? [
        {
          deviceId,
          dateTime: '',
          dateTimeTicks: '',
          dateTimeScale: 'TICKS',
          dateTimeKind: 'UNSPECIFIED',
          values: [],
        },
      ]
    : [],
});

describe('the frame filter', () => {
  it('matches part of a device GUID and the status', () => {
    const f = frame('3bd0fce9-9f8e', 'error');
    expect(matchesFilter(f, NO_FILTER)).toBe(true);
    expect(matchesFilter(f, { device: '9F8E', status: 'all' })).toBe(true);
    expect(matchesFilter(f, { device: '', status: 'ok' })).toBe(false);
    expect(matchesFilter(frame(''), { device: 'x', status: 'all' })).toBe(false);
  });
});

describe('the frame buffer', () => {
  it('keeps the newest frames and the filtered list in step when old ones are dropped', () => {
    const buffer = new FrameBuffer(5);
    buffer.setFilter({ device: 'aa', status: 'all' });
    const frames = ['aa', 'bb', 'aa', 'bb', 'aa', 'aa', 'bb', 'aa'].map((d) => frame(d));
    buffer.add(frames.slice(0, 4));
    buffer.add(frames.slice(4));
    expect(buffer.all).toEqual(frames.slice(3));
    expect(buffer.shown).toEqual([frames[4], frames[5], frames[7]]);
    expect(buffer.evicted).toBe(3);
    expect(buffer.devices()).toEqual(['aa', 'bb']);
  });

  it('refilters everything held when the filter changes, and clears', () => {
    const buffer = new FrameBuffer(100);
    buffer.add([frame('aa', 'ok'), frame('bb', 'error')]);
    const before = buffer.version;
    buffer.setFilter({ device: '', status: 'error' });
    expect(buffer.shown.map((f) => f.items[0]?.deviceId)).toEqual(['bb']);
    expect(buffer.version).toBeGreaterThan(before);
    buffer.clear();
    expect([buffer.all.length, buffer.shown.length, buffer.devices().length]).toEqual([0, 0, 0]);
  });

  it('holds an opened capture, counting what did not fit', () => {
    const buffer = new FrameBuffer(2);
    const frames = [frame('a'), frame('b'), frame('c')];
    buffer.replace(frames);
    expect(buffer.all).toEqual(frames.slice(1));
    expect(buffer.evicted).toBe(1);
  });
});
