import type { InspectorValue } from '../contract/calls/device.ts';

/** Nominal low-voltage phase voltage and the ±10 % band EN 50160 allows. */
export const VOLTAGE_BAND = { min: 207, max: 253 } as const;

/** One implausible reading, with what its sentence needs. */
export type PlausibilityHint =
  | { kind: 'voltageLow' | 'voltageHigh' | 'voltageMissing'; phase: string; value: number }
  | { kind: 'negativeCounter' | 'powerFactor'; code: string; name: string; value: number }
  | { kind: 'counterFell'; date: string; from: number; to: number }
  | { kind: 'tariffSum'; code: string; name: string; total: number; sum: number; count: number };

const PHASE_VOLTAGE: Record<string, string> = { '32': 'L1', '52': 'L2', '72': 'L3' };
const POWER_FACTOR = new Set(['13', '33', '53', '73']);

/** Value groups of an `A-B:C.D.E*F` code, or undefined for text that is not one. */
function groups(
  code: string,
): { a: number; b: number; c: number; d: number; e: number; f: number } | undefined {
  const m = /^(\d+)-(\d+):(\d+)\.(\d+)\.(\d+)\*(\d+)$/.exec(code);
  return m
    ? { a: Number(m[1]), b: Number(m[2]), c: Number(m[3]), d: Number(m[4]), e: Number(m[5]), f: Number(m[6]) }
    : undefined;
}

/** One energy register family (e.g. import 1.8.x of channel 0): the total (E = 0) and its tariffs (E ≥ 1). */
interface Register {
  total?: { code: string; name: string; value: number };
  tariffs: number[];
}

/**
 * The tariff registers of a family must add up to its total. Checked only with two or more tariffs (a
 * meter that reports one tariff may have more it does not report) and with a tolerance for the rounding of
 * each register: 0.05 units or 0.01 % of the total, whichever is larger.
 */
function tariffSumHints(registers: Map<string, Register>): PlausibilityHint[] {
  const hints: PlausibilityHint[] = [];
  for (const { total, tariffs } of registers.values()) {
    if (!total || tariffs.length < 2) continue;
    const sum = tariffs.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - total.value) > Math.max(0.05, Math.abs(total.value) * 1e-4)) {
      hints.push({
        kind: 'tariffSum',
        code: total.code,
        name: total.name,
        total: total.value,
        sum,
        count: tariffs.length,
      });
    }
  }
  return hints;
}

/** True for electricity energy registers (x.8.y): they only ever count up. */
export function isCounter(code: string): boolean {
  const g = groups(code);
  return g !== undefined && g.a === 1 && g.d === 8;
}

/**
 * Checks the current values against physics and the grid: phase voltages within 230 V ± 10 % (a phase at
 * 0 V is named as missing), energy counters not negative, power factors within −1…1, tariff registers that
 * add up to their total. Takes only code, name and value, so the site report can check a device list's
 * readings too.
 */
export function valueHints(
  rows: readonly Pick<InspectorValue, 'obis' | 'name' | 'value'>[],
): PlausibilityHint[] {
  const hints: PlausibilityHint[] = [];
  const registers = new Map<string, Register>();
  for (const row of rows) {
    const g = groups(row.obis);
    const v = row.value;
    if (!g || g.a !== 1 || v === null || !Number.isFinite(v)) continue;
    const phase = PHASE_VOLTAGE[String(g.c)];
    if (phase && g.d === 7) {
      if (v === 0) hints.push({ kind: 'voltageMissing', phase, value: v });
      else if (v < VOLTAGE_BAND.min) hints.push({ kind: 'voltageLow', phase, value: v });
      else if (v > VOLTAGE_BAND.max) hints.push({ kind: 'voltageHigh', phase, value: v });
    }
    if (g.d === 8 && v < 0) hints.push({ kind: 'negativeCounter', code: row.obis, name: row.name, value: v });
    if (g.d === 8) {
      const key = `${g.b}:${g.c}:${g.f}`;
      const register = registers.get(key) ?? { tariffs: [] };
      if (g.e === 0) register.total = { code: row.obis, name: row.name, value: v };
      else register.tariffs.push(v);
      registers.set(key, register);
    }
    if (POWER_FACTOR.has(String(g.c)) && g.d === 7 && Math.abs(v) > 1) {
      hints.push({ kind: 'powerFactor', code: row.obis, name: row.name, value: v });
    }
  }
  return [...hints, ...tariffSumHints(registers)];
}

/** Where a counter's history goes down: every fall is named (a tiny float wobble is not). */
export function counterHints(points: readonly { date: string; value: number }[]): PlausibilityHint[] {
  const hints: PlausibilityHint[] = [];
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1]!;
    const cur = points[i]!;
    if (cur.value < prev.value - Math.max(1e-9, Math.abs(prev.value) * 1e-12)) {
      hints.push({ kind: 'counterFell', date: cur.date, from: prev.value, to: cur.value });
    }
  }
  return hints;
}
