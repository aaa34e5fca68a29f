import { readCapture } from '../captures/read-capture.ts';
import type { RingEntry } from './frame-ring.ts';

/**
 * Finds one request in a capture file by sequence number (for a frame no longer held in memory, or in a
 * capture opened from disk). Streams the file, so memory stays at one chunk whatever its size.
 */
export async function findInCapture(path: string, seq: number): Promise<RingEntry | undefined> {
  for await (const entry of readCapture(path)) {
    if (entry.type !== 'request' || entry.record.seq !== seq) continue;
    const r = entry.record;
    return { seq: r.seq, ms: r.ms, remote: r.remote, headers: r.headers, body: r.body };
  }
  return undefined;
}
