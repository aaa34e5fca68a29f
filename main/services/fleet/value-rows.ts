import type { ValuesData } from '../../../shared/api/index.ts';
import { describeObis, type Lang } from '../../../shared/obis/index.ts';

/** One current value of a device, named: what `values --json` prints and the inspector shows. */
export interface ValueRow {
  /** `A-B:C.D.E*F`, or the text as sent when it is not an OBIS code. */
  obis: string;
  /** 12 hex digits as the API sent it (upper case). */
  obisHex: string;
  value: number | null;
  /** Catalog name (or one built from the code's structure). */
  name: string;
  /** The REST unit (kWh, kW, V, A, m3 ...): /Values reports REST units, not the realtime mWh. */
  unit: string | null;
}

/** The snapshot of `GET /Values/{id}` with every OBIS code put into words. */
export interface DeviceValues {
  deviceId: string;
  date: string | null;
  values: ValueRow[];
}

/**
 * Names every value of a /Values answer via the OBIS catalog. A code that does not parse is kept with a
 * plain note instead of being dropped: the technician should see everything the cloud sent.
 */
export function describeValues(deviceId: string, data: ValuesData, lang: Lang = 'en'): DeviceValues {
  const values = (data.Values ?? []).map((v): ValueRow => {
    const raw = v.Obis ?? '';
    const value = v.Value ?? null;
    try {
      const d = describeObis(raw, lang);
      return { obis: d.code, obisHex: raw.toUpperCase(), value, name: d.name, unit: d.unit ?? null };
    } catch {
      const name = lang === 'de' ? 'Kein lesbarer OBIS-Code' : 'Not a readable OBIS code';
      return { obis: raw, obisHex: raw.toUpperCase(), value, name, unit: null };
    }
  });
  return { deviceId: data.DeviceId ?? deviceId, date: data.Date ?? null, values };
}
