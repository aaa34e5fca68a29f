import { describe, expect, it } from 'vitest';
import { frameJson, frameLine } from '../../../main/services/webhook/frame-line.ts';
import type { Frame } from '../../../main/services/webhook/frame.ts';
import { bulkDecode } from '../../../main/services/captures/bulk-decode.ts';
import { decodeEarly, frameOf } from '../../../main/services/webhook/early-decode.ts';
import {
  decodeDeviceDataArray,
  encodeDeviceDataArray,
  payloadToJson,
} from '../../../shared/realtime/index.ts';
import { EXAMPLE } from '../captures/fixtures.ts';

function frame(body: Uint8Array): Frame {
  const decoded = decodeDeviceDataArray(body, { spans: false });
  const f: Frame = {
    seq: 7,
    ms: Date.UTC(2024, 0, 2, 3, 4, 5, 678),
    ns: 901_234,
    remote: '127.0.0.1',
    body,
    status: decoded.error ? 'error' : 'ok',
    items: decoded.items,
    decoded,
  };
  if (decoded.error)
    f.error = { code: decoded.error.code, offset: decoded.error.offset, message: decoded.error.message };
  return f;
}

describe('frame output', () => {
  it('prints one readable line: time, sequence, status, device, device time and OBIS=value pairs with units', () => {
    // mWh is what smart-me documents for energy; the other units are marked as assumed.
    expect(frameLine(frame(EXAMPLE))).toBe(
      '03:04:05.678  #7  ok  92 B  3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1  2019-10-16T12:20:44.9788512Z  ' +
        '1-0:1.8.0*255=1879583.2 mWh, 1-0:2.8.0*255=0 mWh*, 1-0:1.7.0*255=24.19 W*\n',
    );
  });

  it('prints a code the catalog does not know without a unit', () => {
    const [item] = payloadToJson(decodeDeviceDataArray(EXAMPLE)).items as Parameters<
      typeof encodeDeviceDataArray
    >[0];
    const odd = { ...item!, values: [{ obis: '1-0:0.0.9*255', value: 5 }] };
    expect(frameLine(frame(Buffer.from(encodeDeviceDataArray([odd]))))).toMatch(/ 1-0:0\.0\.9\*255=5\n$/);
  });

  it('names the byte where decoding stopped', () => {
    expect(frameLine(frame(EXAMPLE.subarray(0, 30)))).toMatch(/ERROR {2}30 B .*DECODE ERROR at byte \d+: /);
  });

  it('gives NDJSON with the receive time in ns, items as decode --json, and the body as hex', () => {
    const json = frameJson(frame(EXAMPLE));
    expect(json).toMatchObject({
      type: 'frame',
      seq: 7,
      receivedAt: '2024-01-02T03:04:05.678901234Z',
      status: 'ok',
    });
    expect(json.hex).toBe(EXAMPLE.toString('hex').toUpperCase());
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('prints a frame decoded to columns exactly as the fully decoded one, in both forms', () => {
    const [item] = payloadToJson(decodeDeviceDataArray(EXAMPLE)).items as Parameters<
      typeof encodeDeviceDataArray
    >[0];
    const body = Buffer.from(
      encodeDeviceDataArray([item!, { ...item!, deviceId: '0a0a0a0a-0000-4000-8000-000000000001' }]),
    );
    const early = decodeEarly(bulkDecode, body);
    expect(early.columns?.itemCount).toBe(2);
    const columns = frameOf(
      { seq: 7, ms: Date.UTC(2024, 0, 2, 3, 4, 5, 678), ns: 901_234, remote: '127.0.0.1', body },
      early,
    );
    expect(frameLine(columns)).toBe(frameLine(frame(body)));
    expect(frameLine(columns)).toContain('1-0:1.7.0*255=24.19 W*  (+1 more items)');
    expect(frameJson(columns)).toEqual(frameJson(frame(body)));
  });
});
