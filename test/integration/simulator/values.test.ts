import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DeviceInPastSchema,
  InterpolatedValuesResultSchema,
  ValuesDataListSchema,
  ValuesDataSchema,
} from '../../../shared/api/index.ts';
import {
  createManualClock,
  startSimulator,
  type ManualClock,
  type RunningSimulator,
} from '../../../main/simulator/index.ts';
import { API_DATE, T0, get, list, obj } from './sim-http.ts';

let sim: RunningSimulator;
let clock: ManualClock;
let online: Record<string, unknown>;
let offline: Record<string, unknown>;

beforeAll(async () => {
  clock = createManualClock(T0);
  sim = await startSimulator({ seed: 3, meters: 8, gateways: 0, clock: clock.now });
  const devices = list(await get(sim, '/Devices'));
  online = devices.find((d) => d.FamilyType === 12)!;
  offline = devices.find((d) => T0 - Date.parse(String(d.ValueDate)) > 15 * 60_000)!;
});
afterAll(() => sim.close());

const counterOf = async (id: unknown) => {
  const values = ValuesDataSchema.parse(obj(await get(sim, `/Values/${id}`)));
  return values.Values!.find((v) => v.Obis === '0100010800FF')!.Value!;
};

describe('GET /Values', () => {
  it('lists OBIS codes as 12 hex digits with REST-unit values at the last report', async () => {
    const values = ValuesDataSchema.parse(obj(await get(sim, `/Values/${online.Id}`)));
    expect(values.DeviceId).toBe(online.Id);
    expect(values.Date).toBe(online.ValueDate);
    for (const v of values.Values!) expect(v.Obis).toMatch(/^[0-9A-F]{12}$/);
    const obis = values.Values!.map((v) => v.Obis);
    for (const code of [
      '0100010800FF',
      '0100010700FF',
      '0100200700FF',
      '0100340700FF',
      '0100480700FF',
      '63000C0102FF',
    ]) {
      expect(obis).toContain(code);
    }
    expect(values.Values!.find((v) => v.Obis === '0100010800FF')!.Value).toBe(online.CounterReading);
  });

  it('lets energy counters grow as time passes, and never fall', async () => {
    const readings = [await counterOf(online.Id)];
    for (const step of [61_000, 3_600_000, 86_400_000]) {
      clock.advance(step);
      readings.push(await counterOf(online.Id));
    }
    for (let i = 1; i < readings.length; i++) expect(readings[i]!).toBeGreaterThan(readings[i - 1]!);
  });

  it('keeps an offline device frozen at its last report', async () => {
    const before = await counterOf(offline.Id);
    clock.advance(3_600_000);
    expect(await counterOf(offline.Id)).toBe(before);
  });
});

describe('history', () => {
  it('ValuesInPast and MeterValues give the first value before the date', async () => {
    const date = '2026-07-01T00:00:00Z';
    const past = ValuesDataSchema.parse(obj(await get(sim, `/ValuesInPast/${online.Id}?date=${date}`)));
    expect(past.Date).toMatch(API_DATE);
    expect(Date.parse(past.Date!)).toBeLessThanOrEqual(Date.parse(date));
    expect(Date.parse(date) - Date.parse(past.Date!)).toBeLessThan(60_000);
    const meter = DeviceInPastSchema.parse(obj(await get(sim, `/MeterValues/${online.Id}?date=${date}`)));
    expect(meter).toMatchObject({ Id: online.Id, CounterReadingUnit: 'kWh', Date: past.Date });
    expect(meter.CounterReading).toBeLessThan(online.CounterReading as number);
    expect(meter.CounterReadingT1! + meter.CounterReadingT2!).toBeCloseTo(meter.CounterReading!, 4);
    expect((await get(sim, `/MeterValues/${online.Id}?date=yesterday`)).status).toBe(400);
  });

  it('ValuesInPastMultiple steps by the interval and stops at 1000 values', async () => {
    const hourly = ValuesDataListSchema.parse(
      (
        await get(
          sim,
          `/ValuesInPastMultiple/${online.Id}?startDate=2026-07-20T00:00:00Z&endDate=2026-07-21T00:00:00Z&interval=60`,
        )
      ).json,
    );
    expect(hourly).toHaveLength(24);
    const counters = hourly.map((v) => v.Values!.find((x) => x.Obis === '0100010800FF')!.Value!);
    for (let i = 1; i < counters.length; i++) expect(counters[i]!).toBeGreaterThan(counters[i - 1]!);
    const all = list(
      await get(
        sim,
        `/valuesinpastmultiple/${online.Id}?startDate=2026-01-01T00:00:00Z&endDate=2026-07-21T00:00:00Z&interval=0`,
      ),
    );
    expect(all).toHaveLength(1000);
    expect((await get(sim, `/ValuesInPastMultiple/${online.Id}?startDate=2026-01-01`)).status).toBe(400);
  });

  it('ValuesInPastMultipleInterpolated answers a 15-minute grid with interpolation flags', async () => {
    const result = InterpolatedValuesResultSchema.parse(
      obj(
        await get(
          sim,
          `/ValuesInPastMultipleInterpolated/${online.Id}?startDate=2026-07-20T00:00:00Z&endDate=2026-07-20T02:00:00Z&thresholdSeconds=1`,
        ),
      ),
    );
    expect(result.Values).toHaveLength(9);
    expect(result.Values![1]!.Date!.startsWith('2026-07-20T00:15:00.')).toBe(true);
    expect(result.IsComplete).toBe(true);
    expect(result.FractionOfInterpolatedResults).toBeGreaterThan(0);
  });
});
