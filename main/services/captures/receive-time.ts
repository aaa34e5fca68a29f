/** A receive timestamp: whole ms since 1970 plus the nanoseconds within that millisecond. */
export interface ReceiveTime {
  ms: number;
  ns: number;
}

/** ISO-8601 UTC with nine fractional digits, e.g. `2024-01-01T00:00:00.123456789Z`. */
export function formatReceiveTime({ ms, ns }: ReceiveTime): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 23)}${String(ns).padStart(6, '0')}Z`;
}
