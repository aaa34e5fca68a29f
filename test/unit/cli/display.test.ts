import { describe, expect, it } from 'vitest';
import { ageText, displayDate, shortEnumName, withUnit } from '../../../main/cli/display.ts';

describe('display helpers', () => {
  it('shows API dates as UTC to the second, and keeps what it cannot read', () => {
    expect(displayDate('2026-07-25T13:05:44.9513978Z')).toBe('2026-07-25 13:05:44Z');
    expect(displayDate(undefined)).toBe('-');
    expect(displayDate('gestern')).toBe('gestern');
  });

  it('says ages in the largest sensible unit', () => {
    expect(ageText(45_000)).toBe('45 s');
    expect(ageText(12 * 60_000)).toBe('12 min');
    expect(ageText(5 * 3_600_000)).toBe('5 h');
    expect(ageText(3 * 86_400_000)).toBe('3 d');
  });

  it('joins readings and units', () => {
    expect(withUnit(6330.4122071, 'kWh')).toBe('6330.412 kWh');
    expect(withUnit(0, 'kW')).toBe('0 kW');
    expect(withUnit(undefined, 'kW')).toBe('-');
    expect(shortEnumName('MeterTypeElectricity', 'MeterType')).toBe('Electricity');
  });
});
