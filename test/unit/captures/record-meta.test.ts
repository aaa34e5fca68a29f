import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRequestMeta, requestMetaJson } from '../../../main/services/captures/record-meta.ts';

const text = fc.string({ unit: 'binary', maxLength: 40 });
const guid = fc.uuid().map((g) => g.toLowerCase());
const metaArbitrary = fc.record({
  seq: fc.oneof(fc.nat(), fc.double()),
  ms: fc.oneof(fc.integer({ min: 0, max: 2 ** 52 }), fc.double()),
  ns: fc.integer({ min: 0, max: 999_999 }),
  remote: text,
  remotePort: fc.nat(65535),
  method: text,
  headers: fc.array(fc.tuple(text, text), { maxLength: 6 }),
  decode: fc.constantFrom('ok' as const, 'error' as const, 'failed' as const),
  error: fc.option(fc.record({ code: text, offset: fc.nat(), message: text }), { nil: undefined }),
  devices: fc.array(guid, { maxLength: 5 }),
  itemCount: fc.nat(),
});

describe('request metadata JSON', () => {
  it('is byte for byte JSON.stringify of the metadata, also when the device list repeats', () => {
    fc.assert(
      fc.property(fc.array(metaArbitrary, { minLength: 1, maxLength: 4 }), (fields) => {
        for (const f of [...fields, ...fields]) {
          const meta = buildRequestMeta(f);
          expect(requestMetaJson(meta)).toBe(JSON.stringify(meta));
          // The same devices in a new array, and the same array changed in place, are not confused.
          const copy = { ...meta, devices: [...meta.devices] };
          expect(requestMetaJson(copy)).toBe(JSON.stringify(copy));
          (meta.devices as string[]).push('00000000-0000-0000-0000-000000000001');
          expect(requestMetaJson(meta)).toBe(JSON.stringify(meta));
          meta.headers.push(['x-changed', 'in place']);
          expect(requestMetaJson(meta)).toBe(JSON.stringify(meta));
          (meta.headers[0] as [string, string])[1] += '!';
          expect(requestMetaJson(meta)).toBe(JSON.stringify(meta));
        }
      }),
      { numRuns: 300 },
    );
  });
});
