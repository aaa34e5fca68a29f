import { describe, expect, it } from 'vitest';
import type { DeviceRow } from '../../../../shared/contract/calls/fleet.ts';
import {
  DEFAULT_SORT,
  NO_FILTER,
  energyTypesOf,
  filterDevices,
  nextSort,
  sortDevices,
} from '../../../../renderer/features/devices/device-table.ts';

const row = (over: Partial<DeviceRow>): DeviceRow => ({
  id: 'id',
  serial: 1,
  name: 'x',
  energyType: 1,
  familyType: 2,
  familyLabel: 'f',
  counterReading: null,
  counterReadingUnit: null,
  activePower: null,
  activePowerUnit: null,
  valueDate: null,
  online: true,
  ...over,
});

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const names: Record<number, string> = { 1: 'Electricity', 2: 'Water', 3: 'Gas' };
const energyName = (t: number | null) => (t === null ? 'Unknown' : (names[t] ?? `Unknown (${t})`));

const fleet = [
  row({
    id: 'a',
    serial: 30,
    name: 'Wohnung 10',
    energyType: 2,
    online: true,
    valueDate: '2026-07-25T10:00:00Z',
    counterReading: 5,
  }),
  row({
    id: 'b',
    serial: 10,
    name: 'wohnung 2',
    energyType: 1,
    online: false,
    valueDate: '2026-07-24T10:00:00Z',
    counterReading: null,
  }),
  row({
    id: 'c',
    serial: 20,
    name: 'Allgemein',
    energyType: 3,
    online: true,
    valueDate: null,
    counterReading: 12,
  }),
  row({
    id: 'd',
    serial: 40,
    name: null,
    energyType: 1,
    online: false,
    valueDate: '2026-07-25T09:00:00Z',
    counterReading: 1,
  }),
];
const ids = (rows: DeviceRow[]) => rows.map((r) => r.id).join('');

describe('sorting the devices table', () => {
  it('puts offline devices first by default, then by name', () => {
    expect(DEFAULT_SORT).toEqual({ key: 'online', dir: 'asc' });
    expect(ids(sortDevices(fleet, DEFAULT_SORT, collator, energyName))).toBe('dbca');
  });

  it('sorts names naturally and without regard to letter case', () => {
    expect(ids(sortDevices(fleet, { key: 'name', dir: 'asc' }, collator, energyName))).toBe('cbad');
  });

  it('keeps empty values last in both directions', () => {
    expect(ids(sortDevices(fleet, { key: 'counterReading', dir: 'asc' }, collator, energyName))).toBe('dacb');
    expect(ids(sortDevices(fleet, { key: 'counterReading', dir: 'desc' }, collator, energyName))).toBe(
      'cadb',
    );
    expect(ids(sortDevices(fleet, { key: 'valueDate', dir: 'desc' }, collator, energyName))).toBe('adbc');
  });

  it('sorts energy types by the name the user reads, and serials as numbers', () => {
    expect(ids(sortDevices(fleet, { key: 'energyType', dir: 'asc' }, collator, energyName))).toBe('dbca');
    expect(ids(sortDevices(fleet, { key: 'serial', dir: 'desc' }, collator, energyName))).toBe('dacb');
  });

  it('does not change the list it was given', () => {
    const copy = [...fleet];
    sortDevices(fleet, { key: 'serial', dir: 'asc' }, collator, energyName);
    expect(fleet).toEqual(copy);
  });

  it('flips the direction on the same column and starts ascending on a new one', () => {
    expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
    expect(nextSort({ key: 'name', dir: 'desc' }, 'serial')).toEqual({ key: 'serial', dir: 'asc' });
  });
});

describe('searching and filtering', () => {
  it('finds by name, serial or id, any case, all words', () => {
    expect(ids(filterDevices(fleet, { ...NO_FILTER, query: 'WOHNUNG' }))).toBe('ab');
    expect(ids(filterDevices(fleet, { ...NO_FILTER, query: ' 40 ' }))).toBe('d');
    expect(ids(filterDevices(fleet, { ...NO_FILTER, query: 'wohnung 30' }))).toBe('a');
    expect(ids(filterDevices(fleet, { ...NO_FILTER, query: 'zzz' }))).toBe('');
  });

  it('combines the state and energy-type filters with the search, keeping the order', () => {
    expect(ids(filterDevices(fleet, { ...NO_FILTER, state: 'offline' }))).toBe('bd');
    expect(ids(filterDevices(fleet, { ...NO_FILTER, state: 'online', energyType: 3 }))).toBe('c');
    expect(ids(filterDevices(fleet, { query: 'wohnung', state: 'offline', energyType: 1 }))).toBe('b');
  });

  it('lists the energy types present, for the filter', () => {
    expect(energyTypesOf([...fleet, row({ energyType: null })])).toEqual([1, 2, 3]);
  });

  it('needs every word somewhere in name, serial or id, also across 10,000 rows', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      row({ id: `id-${i}`, serial: i, name: `Meter ${i}` }),
    );
    expect(filterDevices(many, { ...NO_FILTER, query: 'meter 999' })).toHaveLength(19);
  });
});
