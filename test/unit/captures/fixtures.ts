import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestInput } from '../../../main/services/captures/capture-writer.ts';

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
