import fc from 'fast-check';
import {
  DATETIME_MAX_TICKS,
  DATETIME_MIN_TICKS,
  ticksToIso,
  type DeviceDataItem,
} from '../../../shared/realtime/index.ts';

const TICKS_PER = {
  DAYS: 864000000000n,
  HOURS: 36000000000n,
  MINUTES: 600000000n,
  SECONDS: 10000000n,
  MILLISECONDS: 10000n,
  TICKS: 1n,
};

/** Any GUID, lower-case as the decoder prints it. */
export const guidArbitrary = fc.uuid({ version: [1, 2, 3, 4, 5, 6, 7, 8] }).map((g) => g.toLowerCase());

/** Any double, including NaN (canonical), ±Infinity, -0, denormals and the extremes. */
export const doubleArbitrary = fc.oneof(
  fc.double(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
    Number.MAX_VALUE,
    2.2250738585072014e-308,
  ),
);

/** A six-byte OBIS code with both texts. */
export const obisArbitrary = fc.uint8Array({ minLength: 6, maxLength: 6 }).map((b) => ({
  obis: `${b[0]}-${b[1]}:${b[2]}.${b[3]}.${b[4]}*${b[5]}`,
  obisHex: Buffer.from(b).toString('hex').toUpperCase(),
}));

/** A time at any scale within the .NET DateTime range (MINMAX included), as the decoder reports it. */
export const timeArbitrary = fc.oneof(
  ...(Object.keys(TICKS_PER) as (keyof typeof TICKS_PER)[]).map((scale) => {
    const unit = TICKS_PER[scale];
    return fc
      .bigInt(DATETIME_MIN_TICKS / unit, DATETIME_MAX_TICKS / unit)
      .map((v) => ({ scale, ticks: v * unit }));
  }),
  fc.constantFrom(
    { scale: 'MINMAX' as const, ticks: DATETIME_MAX_TICKS },
    { scale: 'MINMAX' as const, ticks: DATETIME_MIN_TICKS },
  ),
);

/** Any valid DeviceDataItem exactly as decodeDeviceDataArray returns it. */
export const itemArbitrary: fc.Arbitrary<DeviceDataItem> = fc
  .record({
    deviceId: guidArbitrary,
    time: timeArbitrary,
    kind: fc.constantFrom('UNSPECIFIED' as const, 'UTC' as const, 'LOCAL' as const),
    values: fc.array(fc.record({ obis: obisArbitrary, value: doubleArbitrary }), { maxLength: 5 }),
  })
  .map(({ deviceId, time, kind, values }) => ({
    deviceId,
    dateTime: ticksToIso(time.ticks),
    dateTimeTicks: time.ticks.toString(),
    dateTimeScale: time.scale,
    dateTimeKind: kind,
    values: values.map((v) => ({ obis: v.obis.obis, obisHex: v.obis.obisHex, value: v.value })),
  }));
