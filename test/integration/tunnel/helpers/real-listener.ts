import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCaptureWriter } from '../../../../main/services/captures/capture-writer.ts';
import type { Frame } from '../../../../main/services/webhook/frame.ts';
import { startListener, type Listener } from '../../../../main/services/webhook/listener.ts';
import { decodeDeviceDataArray } from '../../../../shared/realtime/device-data-decode.ts';

/** The vendor's documented example payload (device 3bd0fce9-…, 1-0:1.8.0 = 1879583.2). */
export const EXAMPLE_PAYLOAD = Buffer.from(
  '0A5A0A1209E9FCD03B8E9F834111B3D10C1622A22CA1120B08C0C9EAD3A98FE93710051A110A060100010800FF11333333331FAE3C411A110A060100020800FF1100000000000000001A110A060100010700FF11713D0AD7A3303840',
  'hex',
);

/** The real webhook listener (capture file + shared decoder) the tunnels point at, as the app wires it. */
export interface TunnelTarget {
  listener: Listener;
  port: number;
  secretPath: string;
  /** Resolves with the next frame the listener captured and decoded. */
  nextFrame(): Promise<Frame>;
  close(): Promise<void>;
}

/** Starts the listener on 127.0.0.1:0 with a capture file in a fresh temp dir. */
export async function startTunnelTarget(): Promise<TunnelTarget> {
  const dir = await mkdtemp(join(tmpdir(), 'ms-tunnel-listener-'));
  const writer = await openCaptureWriter(join(dir, 'capture.mscap'), { session: { name: 'tunnel test' } });
  const listener = await startListener({
    random: (n) => randomBytes(n),
    capture: writer,
    decode: (bytes) => decodeDeviceDataArray(bytes, { spans: false }),
  });
  const waiters: ((f: Frame) => void)[] = [];
  listener.onFrame((f) => waiters.shift()?.(f));
  return {
    listener,
    port: listener.port,
    secretPath: `/${listener.secret}`,
    nextFrame: () => new Promise((resolve) => waiters.push(resolve)),
    async close() {
      await listener.close();
      await writer.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
