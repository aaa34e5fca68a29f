/** The history ranges the inspector offers. */
export type RangePreset = '6h' | '24h' | '7d' | '30d';

const HOUR = 3_600_000;

/** Length and sampling per preset: each stays well under the cloud's 1000-value limit. */
const PRESETS: Record<RangePreset, { ms: number; intervalMinutes: number }> = {
  '6h': { ms: 6 * HOUR, intervalMinutes: 5 },
  '24h': { ms: 24 * HOUR, intervalMinutes: 15 },
  '7d': { ms: 7 * 24 * HOUR, intervalMinutes: 60 },
  '30d': { ms: 30 * 24 * HOUR, intervalMinutes: 240 },
};

/** The request range of a preset ending at `nowMs`. */
export function historyRange(
  preset: RangePreset,
  nowMs: number,
): { start: string; end: string; intervalMinutes: number } {
  const p = PRESETS[preset];
  return {
    start: new Date(nowMs - p.ms).toISOString(),
    end: new Date(nowMs).toISOString(),
    intervalMinutes: p.intervalMinutes,
  };
}

/** The presets in menu order. */
export const RANGE_PRESETS: readonly RangePreset[] = ['6h', '24h', '7d', '30d'];
