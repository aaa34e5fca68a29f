import { describe, expect, it } from 'vitest';
import {
  decodeDeviceDataArray,
  encodeDeviceDataArray,
  parsePayloadInput,
  PayloadError,
  walkWire,
} from '../../../shared/realtime/index.ts';
import { prng } from '../../bench/decode-capture.ts';
import { hex, loadVectors } from './fixtures.ts';

const seeds = [
  ...loadVectors().map((v) => hex(v.hex)),
  encodeDeviceDataArray([
    {
      deviceId: '00112233-4455-6677-8899-aabbccddeeff',
      dateTimeTicks: '-123456789',
      dateTimeKind: 'UTC',
      values: [{ obis: '1-0:1.8.0*255', value: NaN }],
    },
    { deviceId: 'ffffffff-ffff-ffff-ffff-ffffffffffff', dateTimeTicks: '0', dateTimeScale: 'MILLISECONDS' },
  ]),
];

function mutate(rand: () => number, input: Uint8Array): Uint8Array {
  const bytes = [...input];
  const edits = 1 + Math.floor(rand() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (bytes.length + 1));
    const op = Math.floor(rand() * 6);
    if (op === 0 && bytes.length) bytes[at % bytes.length]! ^= 1 << Math.floor(rand() * 8);
    else if (op === 1) bytes.splice(at, 0, Math.floor(rand() * 256));
    else if (op === 2) bytes.splice(at, 1);
    else if (op === 3) bytes.length = at;
    else if (op === 4 && bytes.length)
      bytes[at % bytes.length] = [0x00, 0x7f, 0x80, 0xff, 0x0a, 0x1a][Math.floor(rand() * 6)]!;
    else
      bytes.splice(
        at,
        0,
        ...bytes.slice(Math.floor(rand() * bytes.length), Math.floor(rand() * bytes.length)),
      );
  }
  return Uint8Array.from(bytes);
}

const TEXT_CHARS = '0123456789abcdefABCDEFxX :-,;[]\n\r\t=+/_gGzZ!é';

describe('fuzzing the decoder, the walker and the input parser', () => {
  it('no exception escapes across 120,000 random and mutated inputs', () => {
    const rand = prng(20240101);
    let decodedOk = 0;
    const bad: string[] = [];
    for (let i = 0; i < 120_000; i++) {
      let bytes: Uint8Array;
      if (i % 3 === 0) {
        bytes = Uint8Array.from({ length: Math.floor(rand() * 64) }, () => Math.floor(rand() * 256));
      } else {
        bytes = mutate(rand, seeds[i % seeds.length]!);
      }
      const decoded = decodeDeviceDataArray(bytes, { spans: i % 2 === 0 });
      // Plain checks in the loop (expect() per input would dominate the run time); failures are collected.
      const e = decoded.error;
      if (!e) decodedOk++;
      else if (e.offset < 0 || e.offset > bytes.length || e.message.includes('internal decoder error')) {
        bad.push(`decode ${Buffer.from(bytes).toString('hex')}: ${e.message}`);
      }
      const tree = walkWire(bytes, { maxDepth: 4 });
      if (tree.error && tree.error.offset > bytes.length)
        bad.push(`walk ${Buffer.from(bytes).toString('hex')}`);
      if (i % 4 === 0) {
        const text = Array.from(
          { length: Math.floor(rand() * 40) },
          () => TEXT_CHARS[Math.floor(rand() * TEXT_CHARS.length)],
        ).join('');
        for (const input of [text, bytes]) {
          try {
            parsePayloadInput(input, { framing: (['none', 'delimited', 'grpc'] as const)[i % 3] });
          } catch (e) {
            if (!(e instanceof PayloadError)) throw e;
          }
        }
      }
    }
    expect(bad).toEqual([]);
    // The mutations must also exercise the success path, or the test would prove little.
    expect(decodedOk).toBeGreaterThan(10_000);
  });
});
