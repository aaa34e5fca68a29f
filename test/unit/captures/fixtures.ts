import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestInput } from '../../../main/services/captures/capture-writer.ts';

/** The documented smart-me example payload (1 device, 3 values) and the project's 2-value vector. */
export const EXAMPLE = Buffer.from(
  '0A5A0A1209E9FCD03B8E9F834111B3D10C1622A22CA1120B08C0C9EAD3A98FE93710051A110A060100010800FF11333333331FAE3C411A110A060100020800FF1100000000000000001A110A060100010700FF11713D0AD7A3303840',
  'hex',
);
/** Device 00112233-…, 2024-01-01 as SECONDS, 1-0:1.8.0*255=1000.5 and 1-0:21.7.0*255=-12.5. */
export const TWO_VALUES = Buffer.from(
  '0A440A12093322110055447766118899AABBCCDDEEFF120808808290D90C10031A110A060100010800FF110000000000448F401A110A060100150700FF1100000000000029C0',
  'hex',
);

/** A fresh temporary folder per test, removed again by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'meterscope-capture-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A request as the listener would hand it to the writer; `n` makes each body and time distinct. */
export function sampleRequest(n: number, body?: Uint8Array): RequestInput {
  return {
    ms: 1_700_000_000_000 + n * 1000,
    ns: n % 1_000_000,
    remote: '127.0.0.1',
    remotePort: 40_000 + n,
    method: 'POST',
    rawHeaders: [
      'Host',
      '127.0.0.1',
      'Authorization',
      'Basic dXNlcjpwYXNz',
      'Content-Type',
      'application/x-protobuf',
    ],
    body: body ?? new TextEncoder().encode(`payload ${n} `.repeat(1 + (n % 7))),
    decoded: {
      decode: 'ok',
      devices: [`00000000-0000-0000-0000-${String(n % 3).padStart(12, '0')}`],
      itemCount: 1,
    },
  };
}
