import { describe, expect, it } from 'vitest';
import type { DeviceRow } from '../../../../shared/contract/calls/fleet.ts';
import { toCsv } from '../../../../renderer/features/devices/csv.ts';
import { csvFileName, devicesCsv } from '../../../../renderer/features/devices/device-csv.ts';

describe('CSV', () => {
  it('quotes what needs quoting, doubles quotes, and starts with a BOM', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        ['line\nbreak', ' padded'],
      ],
    );
    expect(text).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"line\nbreak"," padded"\r\n');
  });

  it('writes numbers as numbers, empty for null and non-finite values', () => {
    expect(toCsv(['n'], [[1.5], [-2], [null], [Number.NaN], [true]])).toBe(
      '\uFEFFn\r\n1.5\r\n-2\r\n\r\n\r\ntrue\r\n',
    );
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    const text = toCsv(['name'], [['=HYPERLINK("http://x")'], ['+1'], ['@SUM(A1)'], ['-2']]);
    expect(text.split('\r\n').slice(1, 5)).toEqual([
      '"\'=HYPERLINK(""http://x"")"',
      "'+1",
      "'@SUM(A1)",
      "'-2",
    ]);
  });
});

describe('the devices export', () => {
  const row: DeviceRow = {
    id: '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
    serial: 12345678,
    name: 'Wohnung 3, EG',
    energyType: 1,
    familyType: 7,
    familyLabel: '3-phase 80 A',
    counterReading: 1879.5832,
    counterReadingUnit: 'kWh',
    activePower: 0.02419,
    activePowerUnit: 'kW',
    valueDate: '2026-07-25T13:06:32.050Z',
    online: false,
  };
  const labels = {
    serial: 'Serial',
    name: 'Name',
    type: 'Energy type',
    family: 'Family',
    counter: 'Counter reading',
    counterUnit: 'Unit',
    power: 'Active power',
    powerUnit: 'Unit',
    valueDate: 'Value date',
    state: 'State',
    id: 'ID',
    online: 'online',
    offline: 'offline',
  };

  it('has one row per shown device, exact numbers and ISO dates', () => {
    const lines = devicesCsv([row], labels, () => 'Electricity')
      .split('\r\n')
      .slice(0, -1);
    expect(lines).toEqual([
      '\uFEFFSerial,Name,Energy type,Family,Counter reading,Unit,Active power,Unit,Value date,State,ID',
      '12345678,"Wohnung 3, EG",Electricity,3-phase 80 A,1879.5832,kWh,0.02419,kW,2026-07-25T13:06:32.050Z,offline,3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
    ]);
  });

  it('names the file by date and content', () => {
    expect(csvFileName(new Date('2026-07-25T13:06:32Z'))).toBe('meterscope-devices-2026-07-25T1306.csv');
  });
});
