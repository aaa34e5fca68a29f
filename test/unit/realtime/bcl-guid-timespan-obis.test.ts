import { describe, expect, it } from 'vitest';
import {
  guidFromHalves,
  guidToHalves,
  guidToWireBytes,
  obisFromWire,
  obisToWire,
  timeSpanFromWire,
} from '../../../shared/realtime/index.ts';
import { hex, toHex } from './fixtures.ts';

describe('bcl Guid', () => {
  it('formats lo/hi in .NET byte order', () => {
    expect(guidFromHalves(4720792267652136169n, 11613835806364193203n)).toBe(
      '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
    );
  });

  it('parses GUID text in any common form back to the wire bytes', () => {
    const wire = 'E9FCD03B8E9F8341B3D10C1622A22CA1';
    expect(toHex(guidToWireBytes('3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1')!)).toBe(wire);
    expect(toHex(guidToWireBytes('{3BD0FCE9-9F8E-4183-B3D1-0C1622A22CA1}')!)).toBe(wire);
    expect(toHex(guidToWireBytes('3bd0fce99f8e4183b3d10c1622a22ca1')!)).toBe(wire);
    expect(guidToWireBytes('3bd0fce9-9f8e-4183-b3d1')).toBeUndefined();
    expect(guidToHalves('3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1')).toEqual({
      lo: 4720792267652136169n,
      hi: 11613835806364193203n,
    });
  });
});

describe('bcl TimeSpan', () => {
  it('reads every scale into exact ticks and .NET text', () => {
    expect(timeSpanFromWire(1n, 0)).toMatchObject({
      ticks: '864000000000',
      text: '1.00:00:00',
      scale: 'DAYS',
    });
    expect(timeSpanFromWire(-90n, 3)).toMatchObject({ text: '-00:01:30', scale: 'SECONDS' });
    expect(timeSpanFromWire(12345678n, 5)).toMatchObject({ text: '00:00:01.2345678' });
    expect(timeSpanFromWire(1n, 15)).toMatchObject({ ticks: '9223372036854775807' });
    expect(timeSpanFromWire(-1n, 15)).toMatchObject({ ticks: '-9223372036854775808' });
    expect(timeSpanFromWire(1n, 9).problem).toContain('9');
  });
});

describe('OBIS bytes', () => {
  it('formats 6 bytes as A-B:C.D.E*F and other lengths as hex with a note', () => {
    const bytes = hex('63000C0102FF');
    expect(obisFromWire(bytes, 0, 6)).toEqual({ obis: '99-0:12.1.2*255', obisHex: '63000C0102FF' });
    expect(obisFromWire(bytes, 0, 3)).toMatchObject({
      obis: '63000C',
      problem: expect.stringContaining('3 byte'),
    });
  });

  it('parses the forms the encoder accepts', () => {
    expect(toHex(obisToWire('1-0:1.8.0*255')!)).toBe('0100010800FF');
    expect(toHex(obisToWire('1-0:21.7.0')!)).toBe('0100150700FF');
    expect(toHex(obisToWire('0100010800ff')!)).toBe('0100010800FF');
    expect(obisToWire('1-0:1.8.0*256')).toBeUndefined();
    expect(obisToWire('active power')).toBeUndefined();
  });
});
