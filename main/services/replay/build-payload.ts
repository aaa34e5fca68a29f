import type { EncodableItem, EncodeItems, ObisAssignment } from './payload-edits.ts';

/** What `trigger` builds a payload from. */
export interface PayloadSpec {
  deviceId: string;
  /** The device's timestamp; the caller passes "now" from its clock when none was given. */
  time: Date;
  values: ObisAssignment[];
}

/**
 * Builds the bytes the smart-me cloud would POST for one device reading, the way it encodes them
 * (DateTime as TICKS, kind unspecified, like the documented example), so a webhook receiver can be tested
 * without a meter. Throws the encoder's message for a bad GUID or OBIS code.
 */
export function buildPayload(spec: PayloadSpec, encode: EncodeItems): Uint8Array {
  if (Number.isNaN(spec.time.getTime())) throw new Error('the time is not a valid date');
  const item: EncodableItem = {
    deviceId: spec.deviceId,
    dateTime: spec.time.toISOString(),
    dateTimeScale: 'TICKS',
    values: spec.values.map((v) => ({ obis: v.obis, value: v.value })),
  };
  return encode([item]);
}
