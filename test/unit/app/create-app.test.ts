import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/contract.ts';
import type { BatcherClock } from '../../../shared/contract/live-batcher.ts';
import { createApp, type App, type AppOptions } from '../../../main/app.ts';
import { createHandlers } from '../../../main/ipc/create-handlers.ts';
import { createRealtimeDecoder } from '../../../main/services/decoder/realtime-decoder.ts';
import { createMemorySecretStore } from '../../../main/services/secrets/memory-store.ts';

const VENDOR_HEX =
  '0A5A0A1209E9FCD03B8E9F834111B3D10C1622A22CA1120B08C0C9EAD3A98FE93710051A110A060100010800FF11333333331FAE3C411A110A060100020800FF1100000000000000001A110A060100010700FF11713D0AD7A3303840';

let home: string;
let app: App;
const errors: unknown[] = [];

/** The app behind the same wrapper every host uses, with a trusted sender. */
function build(overrides: Partial<AppOptions> = {}) {
  app = createApp({
    host: 'web',
    version: '1.2.3',
    home,
    secretStore: createMemorySecretStore(),
    decoder: createRealtimeDecoder(),
    onInternalError: (e) => errors.push(e),
    ...overrides,
  });
  const handlers = createHandlers(contract, app.services, {
    isTrustedSender: () => true,
    onInternalError: (e) => errors.push(e),
  });
  return (name: string, payload: unknown = {}) => handlers.handle(null, name, payload);
}

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'meterscope-app-'));
  errors.length = 0;
});
afterEach(async () => {
  await app.close();
  await rm(home, { recursive: true, force: true });
});

describe('the composition root behind the contract', () => {
  it('tells the shell its version, host, demo mode and token storage, never the demo password', async () => {
    const call = build({
      demo: {
        baseUrl: 'http://127.0.0.1:9',
        credentials: { user: 'demo', password: 'secret-pw', apiKey: 'key-1', clientId: 'c' },
      },
    });
    const r = await call('app:info');
    expect(r).toEqual({
      ok: true,
      data: {
        version: '1.2.3',
        host: 'web',
        tokenStorage: { kind: 'memory', encrypted: false, label: expect.any(String), reason: 'memory' },
        demo: { baseUrl: 'http://127.0.0.1:9' },
      },
    });
    expect(JSON.stringify(r)).not.toMatch(/secret-pw|key-1/);
  });

  it('decodes the vendor example to its device, time and values', async () => {
    const r = await build()('decoder:decode', { text: VENDOR_HEX });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const data = r.data as {
      format: string;
      hex: string;
      messageCount: number;
      decoded: { items: unknown[] };
    };
    expect(data.format).toBe('hex');
    expect(data.hex).toBe(VENDOR_HEX);
    expect(data.messageCount).toBe(1);
    expect(data.decoded.items).toEqual([
      expect.objectContaining({
        deviceId: '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
        dateTime: expect.stringMatching(/^2019-10-16T12:20:44\.978/),
        values: [
          { obis: '1-0:1.8.0*255', obisHex: '0100010800FF', value: 1879583.2 },
          { obis: '1-0:2.8.0*255', obisHex: '0100020800FF', value: 0 },
          { obis: '1-0:1.7.0*255', obisHex: '0100010700FF', value: 24.19 },
        ],
      }),
    ]);
  });

  it('answers text that is not a payload with bad-input naming the position', async () => {
    const r = await build()('decoder:decode', { text: '0A5A0G' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: "character 'G' at position 5 is not hex" },
    });
    expect(errors).toEqual([]);
  });

  it('keeps what decoded before a break, with the error at its byte', async () => {
    const r = await build()('decoder:decode', { text: VENDOR_HEX.slice(0, 60) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const decoded = (r.data as { decoded: { error?: { offset: number; code: string } } }).decoded;
    expect(decoded.error).toMatchObject({ code: expect.any(String), offset: expect.any(Number) });
    expect(decoded.error!.offset).toBeLessThanOrEqual(30);
  });

  it('says plainly when a build has no decoder', async () => {
    const r = await build({ decoder: undefined })('decoder:decode', { text: '00' });
    expect(r).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('saves settings and announces them to every window', async () => {
    const call = build();
    const seen: unknown[] = [];
    app.events.subscribe((name, payload) => seen.push([name, payload]));
    const r = await call('settings:set', { language: 'de', thresholds: { deviceOfflineMinutes: 30 } });
    expect(r).toMatchObject({
      ok: true,
      data: { settings: { language: 'de', thresholds: { deviceOfflineMinutes: 30 } } },
    });
    expect(seen).toEqual([['settings:changed', expect.objectContaining({ notice: null })]]);
    expect(await call('settings:get')).toMatchObject({ ok: true, data: { settings: { language: 'de' } } });
  });

  it('hands frames to the renderer in batches at the pace limit', async () => {
    let now = 0;
    const timers: (() => void)[] = [];
    const clock: BatcherClock = {
      now: () => now,
      setTimer: (fn) => timers.push(fn),
      clearTimer: () => undefined,
    };
    build({ clock });
    const batches: { frames: { seq: number }[]; dropped: number }[] = [];
    app.events.subscribe((name, payload) => {
      if (name === 'live:frames') batches.push(payload as (typeof batches)[number]);
    });
    const frame = (seq: number) => ({
      seq,
      receivedAt: '2026-01-01T00:00:00Z',
      remote: '127.0.0.1',
      byteLength: 0,
      status: 'ok' as const,
      items: [],
    });
    const built: number[] = [];
    const builder = (seq: number) => () => {
      built.push(seq);
      return frame(seq);
    };
    app.publishFrame(frame(0));
    app.publishFrame(frame(1));
    app.publishFrame(builder(2));
    expect(batches.map((b) => b.frames.map((f) => f.seq))).toEqual([[0]]);
    // A frame handed over as a builder is built only when its batch goes out.
    expect(built).toEqual([]);
    now = 50;
    timers.shift()!();
    expect(batches.map((b) => b.frames.map((f) => f.seq))).toEqual([[0], [1, 2]]);
    expect(built).toEqual([2]);
  });
});
