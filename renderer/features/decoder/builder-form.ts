/** One OBIS=value row of the builder, as typed. */
export interface BuilderRow {
  obis: string;
  value: string;
}

/** The builder's form as typed. */
export interface BuilderDraft {
  deviceId: string;
  time: string;
  rows: BuilderRow[];
}

/** A first form: the vendor's example device and values, at `now`. */
export function defaultDraft(now: Date): BuilderDraft {
  return {
    deviceId: '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
    time: now.toISOString(),
    rows: [
      { obis: '1-0:1.8.0*255', value: '1879583.2' },
      { obis: '1-0:1.7.0*255', value: '24.19' },
    ],
  };
}

/** A typed value as a number; NaN, Infinity and -Infinity may be sent on purpose. Undefined when not a number. */
export function parseValue(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === 'NaN') return NaN;
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isNaN(n) ? undefined : n;
}

/**
 * The request the builder calls take, or the index of the first row whose value is not a number (the view
 * marks that field). OBIS codes and the GUID are checked in main, which names what is wrong.
 */
export function draftToForm(
  draft: BuilderDraft,
):
  | { form: { deviceId: string; time: string; values: { obis: string; value: number }[] } }
  | { badRow: number } {
  const values: { obis: string; value: number }[] = [];
  for (const [i, row] of draft.rows.entries()) {
    const value = parseValue(row.value);
    if (value === undefined) return { badRow: i };
    values.push({ obis: row.obis.trim(), value });
  }
  return { form: { deviceId: draft.deviceId.trim(), time: draft.time.trim(), values } };
}
