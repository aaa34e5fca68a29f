import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateTimeFromWire,
  decodeDeviceDataArray,
  encodeDeviceDataArray,
  findMessageType,
  guidFromHalves,
  loadProtoSchema,
  REALTIME_PROTO,
  type DeviceDataItem,
} from '../../../shared/realtime/index.ts';
import { doubleArbitrary, itemArbitrary } from './arbitraries.ts';

const type = findMessageType(loadProtoSchema(REALTIME_PROTO), 'RealtimeApi.Containers.DeviceDataArray');
const SCALES = ['DAYS', 'HOURS', 'MINUTES', 'SECONDS', 'MILLISECONDS', 'TICKS', 'MINMAX'];
const KINDS = ['UNSPECIFIED', 'UTC', 'LOCAL'];

interface PbjsArray {
  DeviceDataItems?: {
    DeviceId: { lo: string; hi: string };
    DateTime: { value?: string; scale?: string; kind?: string };
    DeviceValues?: { Obis: Uint8Array; Value: number }[];
  }[];
}

/** What protobufjs decoded, turned into domain items with independent formatting code. */
function reference(bytes: Uint8Array): DeviceDataItem[] {
  const obj = type.toObject(type.decode(bytes), {
    longs: String,
    enums: String,
    defaults: true,
  }) as PbjsArray;
  return (obj.DeviceDataItems ?? []).map((d) => {
    const t = dateTimeFromWire(
      BigInt(d.DateTime.value ?? '0'),
      SCALES.indexOf(d.DateTime.scale ?? 'DAYS') === 6 ? 15 : SCALES.indexOf(d.DateTime.scale ?? 'DAYS'),
      KINDS.indexOf(d.DateTime.kind ?? 'UNSPECIFIED'),
    );
    return {
      deviceId: guidFromHalves(BigInt(d.DeviceId.lo), BigInt(d.DeviceId.hi)),
      dateTime: t.dateTime,
      dateTimeTicks: t.dateTimeTicks,
      dateTimeScale: t.dateTimeScale,
      dateTimeKind: t.dateTimeKind,
      values: (d.DeviceValues ?? []).map((v) => {
        const b = [...v.Obis];
        const hex = b
          .map((x) => x.toString(16).padStart(2, '0'))
          .join('')
          .toUpperCase();
        const obis = b.length === 6 ? `${b[0]}-${b[1]}:${b[2]}.${b[3]}.${b[4]}*${b[5]}` : hex;
        return { obis, obisHex: hex, value: v.Value };
      }),
    };
  });
}

const int64 = fc.bigInt(-(1n << 63n), (1n << 63n) - 1n);
const uint64 = fc.bigInt(0n, (1n << 64n) - 1n);

/** Random DeviceDataArray messages as protobufjs objects: any 64-bit values, optional scale/kind, any OBIS length. */
const messageArbitrary = fc.array(
  fc.record(
    {
      DeviceId: fc.record({ lo: uint64.map(String), hi: uint64.map(String) }),
      DateTime: fc.record(
        {
          value: fc
            .oneof(int64, fc.bigInt(-(10n ** 18n), 10n ** 18n), fc.constantFrom(0n, 1n, -1n))
            .map(String),
          scale: fc.constantFrom(...SCALES),
          kind: fc.constantFrom(...KINDS),
        },
        { requiredKeys: [] },
      ),
      DeviceValues: fc.array(
        fc.record({
          Obis: fc.oneof(fc.uint8Array({ minLength: 6, maxLength: 6 }), fc.uint8Array({ maxLength: 9 })),
          Value: doubleArbitrary,
        }),
        { maxLength: 6 },
      ),
    },
    { requiredKeys: ['DeviceId', 'DateTime'] },
  ),
  { maxLength: 5 },
);

describe('the hand-written decoder equals protobufjs', () => {
  it('on random messages encoded by protobufjs', () => {
    fc.assert(
      fc.property(messageArbitrary, (items) => {
        const bytes = type.encode(type.fromObject({ DeviceDataItems: items })).finish();
        const ours = decodeDeviceDataArray(bytes);
        expect(ours.error).toBeUndefined();
        expect(ours.items).toEqual(reference(bytes));
        // Bulk mode takes the canonical-layout fast path where it can: same items, same warnings.
        const bulk = decodeDeviceDataArray(bytes, { spans: false });
        expect(bulk.items).toEqual(ours.items);
        expect(bulk.warnings).toEqual(ours.warnings);
      }),
      { numRuns: 1000 },
    );
  });

  it('on random messages encoded by our encoder', () => {
    fc.assert(
      fc.property(fc.array(itemArbitrary, { maxLength: 4 }), (items) => {
        const bytes = encodeDeviceDataArray(items);
        expect(decodeDeviceDataArray(bytes, { spans: false }).items).toEqual(reference(bytes));
      }),
      { numRuns: 500 },
    );
  });
});
