/** One payload pinned for comparison. */
export interface PinnedPayload {
  id: number;
  label: string;
  items: readonly {
    deviceId: string;
    dateTime: string;
    values: readonly { obis: string; value: number }[];
  }[];
}

/** One row of the comparison: a device's OBIS code and its value in each pinned payload. */
export interface CompareRow {
  deviceId: string;
  obis: string;
  /** The value in each payload (undefined when the payload lacks it), in pin order. */
  values: (number | undefined)[];
  /** Per payload: true when it differs from the first payload that has the value. */
  differs: boolean[];
}

const same = (a: number, b: number) => Object.is(a, b) || a === b;

/**
 * Lines up several payloads by device and OBIS code (the last item of a device wins, as the latest
 * reading), marking each value that differs from the first payload's: which reading jumped, which is missing.
 */
export function compareRows(payloads: readonly PinnedPayload[]): CompareRow[] {
  const rows = new Map<string, CompareRow>();
  payloads.forEach((p, k) => {
    for (const item of p.items) {
      for (const v of item.values) {
        const key = `${item.deviceId}|${v.obis}`;
        let row = rows.get(key);
        if (!row) {
          row = { deviceId: item.deviceId, obis: v.obis, values: payloads.map(() => undefined), differs: [] };
          rows.set(key, row);
        }
        row.values[k] = v.value;
      }
    }
  });
  for (const row of rows.values()) {
    const base = row.values.find((v) => v !== undefined);
    row.differs = row.values.map((v) => v === undefined || (base !== undefined && !same(v, base)));
  }
  return [...rows.values()].sort(
    (a, b) => a.deviceId.localeCompare(b.deviceId) || a.obis.localeCompare(b.obis),
  );
}

/** A short label for a pinned payload: its first device and time, or its number. */
export function pinLabel(n: number, items: PinnedPayload['items']): string {
  const first = items[0];
  if (!first) return `#${n}`;
  const time = first.dateTime ? ` ${first.dateTime.slice(11, 19)}` : '';
  return `#${n} ${first.deviceId.slice(0, 8)}${time}`;
}

/** A number as the comparison shows it (NaN and ±Infinity as words, -0 kept). */
export function valueText(value: number | undefined): string {
  if (value === undefined) return '—';
  return Object.is(value, -0) ? '-0' : String(value);
}
