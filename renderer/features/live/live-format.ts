const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A receive time as the list shows it: local wall-clock time with milliseconds (one formatter per language). */
export function timeOfDay(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = timeFormats.get(lang);
  if (!format) {
    const options = { hour12: false, hour: '2-digit', minute: '2-digit', second: '2-digit' } as const;
    format = new Intl.DateTimeFormat(lang, options);
    timeFormats.set(lang, format);
  }
  return `${format.format(date)}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

/** A duration for people: `850 ms`, `12.5 s`, `3.2 min`, `2.0 h`. */
export function duration(ms: number): string {
  const a = Math.abs(ms);
  const sign = ms < 0 ? '-' : '';
  if (a < 1000) return `${sign}${Math.round(a)} ms`;
  if (a < 60_000) return `${sign}${(a / 1000).toFixed(1)} s`;
  if (a < 3_600_000) return `${sign}${(a / 60_000).toFixed(1)} min`;
  return `${sign}${(a / 3_600_000).toFixed(1)} h`;
}

/** A rate: `0.10/s`, `12/s`. */
export function rate(perSecond: number): string {
  return perSecond >= 10 ? `${Math.round(perSecond)}/s` : `${perSecond.toFixed(2)}/s`;
}

/** A byte count: `92 B`, `1.5 KiB`, `3.2 MiB`. */
export function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** A value as sent (NaN and ±Infinity as words, -0 kept). */
export function valueText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** The devices of a frame as one short cell: the first GUID and how many more. */
export function devicesCell(items: readonly { deviceId: string }[]): string {
  const ids = [...new Set(items.map((i) => i.deviceId))];
  if (ids.length === 0) return '—';
  return ids.length === 1 ? ids[0]! : `${ids[0]} +${ids.length - 1}`;
}
