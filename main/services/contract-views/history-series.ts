import { parseApiDate, type ValuesData } from '../../../shared/api/index.ts';

/** The cloud answers at most this many snapshots per ValuesInPastMultiple call. */
export const HISTORY_LIMIT = 1000;

/**
 * One OBIS code's values out of ValuesInPastMultiple snapshots, oldest first. Snapshots without that code
 * or without a readable date are skipped (nothing is invented); `truncated` says the 1000-snapshot limit
 * was reached, so the chart can say the range is incomplete.
 */
export function historySeries(
  snapshots: ValuesData[],
  obisHex: string,
): { points: { date: string; value: number }[]; truncated: boolean } {
  const wanted = obisHex.toUpperCase();
  const points: { date: string; value: number; ms: number }[] = [];
  for (const s of snapshots) {
    const at = s.Date ? parseApiDate(s.Date) : undefined;
    const v = s.Values?.find((x) => (x.Obis ?? '').toUpperCase() === wanted)?.Value;
    if (!at || v === undefined || v === null) continue;
    points.push({ date: at.toISOString(), value: v, ms: at.getTime() });
  }
  points.sort((a, b) => a.ms - b.ms);
  return {
    points: points.map(({ date, value }) => ({ date, value })),
    truncated: snapshots.length >= HISTORY_LIMIT,
  };
}
