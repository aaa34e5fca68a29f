import { unitHash } from '../random.ts';
import type { SimDevice } from '../world/types.ts';
import { exportFactor, exportIntegral, loadFactor, loadIntegral, toHours } from './load-profile.ts';

/**
 * Everything a meter measures at one moment, in REST units (kW or m3/h, kWh or m3, V, A). The REST
 * Device object, /Values and the realtime pusher are all projections of this one record.
 */
export interface Readings {
  atMs: number;
  /** Signed total: import minus export (kW), or flow (m3/h), or heat power (kW). */
  power: number;
  /** Per phase (kW), empty for non-electricity. */
  powerPhases: number[];
  /** Import counter (kWh or m3). */
  counter: number;
  /** Import counter split by tariff (T1..Tn). */
  tariffs: number[];
  exportCounter: number;
  voltage: number[];
  current: number[];
  powerFactor: number[];
  temperature?: number;
  flowRate?: number;
}

const POW10 = [1, 10, 100, 1000, 1e4, 1e5, 1e6] as const;
/** Rounds to `digits` decimals (cheaper than toFixed; used for every reported value). */
export const round = (value: number, digits: number): number => {
  const f = POW10[digits] ?? 1;
  return Math.round(value * f) / f;
};

/**
 * Integral of a load shape (`integral` is its antiderivative) for one phase from install to `atMs`,
 * leaving out the time that phase's switch was off: counters stop while off and never fall.
 */
function switchedIntegral(
  device: SimDevice,
  phaseIndex: number,
  atMs: number,
  integral: (tHours: number, phase: number) => number,
): number {
  const span = (from: number, to: number) =>
    integral(toHours(to), device.wavePhase) - integral(toHours(from), device.wavePhase);
  let total = 0;
  let from = device.installMs;
  let on = true;
  for (const change of device.runtime.switchChanges) {
    if (change.atMs >= atMs) break;
    if (on) total += span(from, change.atMs);
    from = change.atMs;
    on = change.phaseOn[phaseIndex] ?? true;
  }
  if (on) total += span(from, atMs);
  return total;
}

/** Whether a phase's switch was on at a time (replays the change list, so history stays right). */
function phaseOnAt(device: SimDevice, phaseIndex: number, atMs: number): boolean {
  let on = true;
  for (const change of device.runtime.switchChanges) {
    if (change.atMs > atMs) break;
    on = change.phaseOn[phaseIndex] ?? true;
  }
  return on;
}

/**
 * The readings of a generated device at `atMs`. Counters are closed-form integrals of the power, so
 * they only grow with time; voltage, power factor and temperature wobble deterministically.
 */
export function readingsAt(device: SimDevice, seed: number, atMs: number): Readings {
  const t = toHours(atMs);
  const f = loadFactor(t, device.wavePhase);
  const shares = device.phaseShares;
  const phaseCount = Math.max(device.phases, 1);
  const on = shares.map((_, i) => phaseOnAt(device, i, atMs));
  const powerPhases = shares.map((s, i) => (on[i] ? device.basePower * s * f : 0));
  const counter =
    device.baseCounter +
    shares.reduce(
      (sum, s, i) => sum + device.basePower * s * switchedIntegral(device, i, atMs, loadIntegral),
      0,
    );
  const exportShare = device.exportPower / shares.length;
  const exportPhases = on.map((isOn) => (isOn ? exportShare * exportFactor(t, device.wavePhase) : 0));
  const exportPower = exportPhases.reduce((a, b) => a + b, 0);
  const exportCounter =
    device.exportPower > 0
      ? device.baseExport +
        shares.reduce((sum, _, i) => sum + exportShare * switchedIntegral(device, i, atMs, exportIntegral), 0)
      : 0;
  const noise = unitHash(seed, device.id, Math.floor(atMs / 1000));
  const voltage = Array.from({ length: phaseCount }, (_, i) =>
    round(230 + 3 * Math.sin(t * 7 + device.wavePhase + i) + ((noise * (i + 1) * 7) % 1) - 0.5, 1),
  );
  const powerFactor = Array.from({ length: phaseCount }, (_, i) =>
    round(0.95 + 0.04 * Math.sin(t * 3 + device.wavePhase + 2 * i), 3),
  );
  const signedPhases = powerPhases.map((p, i) => p - (exportPhases[i] ?? 0));
  const current = signedPhases.map((p, i) =>
    round((Math.abs(p) * 1000) / ((voltage[i] ?? 230) * (powerFactor[i] ?? 1)), 3),
  );
  const power = powerPhases.reduce((a, b) => a + b, 0) - exportPower;
  const heat = device.kind === 'heat';
  return {
    atMs,
    power: round(power, 6),
    powerPhases: signedPhases.map((p) => round(p, 6)),
    counter: round(counter, 6),
    tariffs: device.tariffShares.map((s) => round(counter * s, 6)),
    exportCounter: round(exportCounter, 6),
    voltage,
    current,
    powerFactor,
    temperature: heat
      ? round(55 + 5 * Math.sin(t + device.wavePhase), 1)
      : device.hasTemperature
        ? round(24 + 2 * Math.sin(t / 3 + device.wavePhase), 1)
        : undefined,
    flowRate: heat
      ? round(power / (1.163 * 15), 4)
      : device.kind === 'electricity'
        ? undefined
        : round(power, 4),
  };
}
