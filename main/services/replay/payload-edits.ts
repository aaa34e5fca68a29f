import { formatObis, parseObis } from '../../../shared/obis/index.ts';
import type { DateTimeKind, DeviceDataItem, TimeScale } from '../../../shared/realtime/types.ts';

/** An item in the encoder's input shape (shared/realtime encodeDeviceDataArray accepts exactly this). */
export interface EncodableItem {
  deviceId: string;
  dateTime?: string;
  dateTimeTicks?: string;
  dateTimeScale?: TimeScale;
  dateTimeKind?: DateTimeKind;
  values: { obis: string; value: number }[];
}

/** The encoder port: shared/realtime's encodeDeviceDataArray (throws a PayloadError on bad input). */
export type EncodeItems = (items: EncodableItem[]) => Uint8Array;

/** One `OBIS=value` pair, the OBIS normalized to `A-B:C.D.E*F`. */
export interface ObisAssignment {
  obis: string;
  value: number;
}

/**
 * Parses `1-0:1.8.0*255=123` (any OBIS notation shared/obis reads, e.g. `1.8.0=123`); the value may be
 * NaN, Infinity or -Infinity. Throws a message naming the bad part.
 */
export function parseAssignment(text: string): ObisAssignment {
  const at = text.lastIndexOf('=');
  if (at <= 0) throw new Error(`"${text}" is not OBIS=value (e.g. 1-0:1.8.0*255=123.4)`);
  const obisText = text.slice(0, at).trim();
  const valueText = text.slice(at + 1).trim();
  let obis: string;
  try {
    obis = formatObis(parseObis(obisText));
  } catch (e) {
    throw new Error(`"${obisText}" is not an OBIS code: ${(e as Error).message}`, { cause: e });
  }
  const value = valueText === 'NaN' ? NaN : Number(valueText);
  if (valueText === '' || (Number.isNaN(value) && valueText !== 'NaN')) {
    throw new Error(`"${valueText}" after ${obisText}= is not a number`);
  }
  return { obis, value };
}

/** Changes to apply to decoded items before re-encoding (replay with edits). */
export interface PayloadEdits {
  /** Values to set (or add, when an item lacks that OBIS). */
  set?: ObisAssignment[];
  /** Replace every item's device GUID. */
  deviceId?: string;
}

/** Applies edits to decoded items without touching the originals; the result feeds the encoder. */
export function applyEdits(items: readonly DeviceDataItem[], edits: PayloadEdits): EncodableItem[] {
  return items.map((item) => {
    const values: { obis: string; value: number }[] = item.values.map((v) => ({
      obis: v.obis,
      value: v.value,
    }));
    for (const { obis, value } of edits.set ?? []) {
      const hit = values.find((v) => v.obis === obis);
      if (hit) hit.value = value;
      else values.push({ obis, value });
    }
    return {
      deviceId: edits.deviceId ?? item.deviceId,
      dateTimeTicks: item.dateTimeTicks,
      dateTimeScale: item.dateTimeScale,
      dateTimeKind: item.dateTimeKind,
      values,
    };
  });
}
