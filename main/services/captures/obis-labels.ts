import { describeObis } from '../../../shared/obis/index.ts';

/** Name and unit of an OBIS code as exports show them; `assumed` when the realtime unit is not documented. */
export interface ObisLabel {
  name: string;
  unit: string;
  assumed: boolean;
}

/** The footnote wherever a unit is marked `*` (assumed): what smart-me does and does not document. */
export const ASSUMED_UNIT_NOTE =
  '* unit assumed: smart-me documents the realtime unit only for energy (mWh).';

/** Looks up names and units; a port so exports stay testable and fall back cleanly for odd codes. */
export type LabelObis = (obis: string) => ObisLabel;

/**
 * The catalog lookup of shared/obis, cached per code (a capture repeats the same few codes millions of
 * times). The unit is the one of the Realtime-API value, flagged when smart-me does not document it.
 */
export function catalogLabels(lang: 'en' | 'de' = 'en'): LabelObis {
  const cache = new Map<string, ObisLabel>();
  return (obis) => {
    let label = cache.get(obis);
    if (!label) {
      label = lookUp(obis, lang);
      cache.set(obis, label);
    }
    return label;
  };
}

function lookUp(obis: string, lang: 'en' | 'de'): ObisLabel {
  try {
    const d = describeObis(obis, lang);
    return { name: d.name, unit: d.realtime?.unit ?? d.unit ?? '', assumed: d.realtime?.assumed ?? true };
  } catch {
    return { name: '', unit: '', assumed: false };
  }
}
