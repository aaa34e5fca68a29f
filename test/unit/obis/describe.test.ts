import { describe, expect, it } from 'vitest';
import { ObisParseError, describeObis, explainObis, parseObis } from '../../../shared/obis/index.ts';

describe('describeObis', () => {
  it('names a catalog code with units and the realtime unit in English', () => {
    expect(describeObis('1-0:32.7.0')).toMatchObject({
      code: '1-0:32.7.0*255',
      hex: '0100200700FF',
      known: true,
      name: 'Voltage L1',
      unit: 'V',
      quantity: 'voltage',
      realtime: { unit: 'V', assumed: true },
      explanation: {
        medium: 'electricity',
        quantity: 'voltage, phase L1',
        measurement: 'instantaneous value',
      },
    });
  });

  it('names the same code in German', () => {
    expect(describeObis('1-0:1.8.1', 'de')).toMatchObject({
      name: 'Wirkenergie Bezug (+A), Tarif 1',
      quantity: 'Wirkenergie',
      explanation: { medium: 'Elektrizität', tariff: 'Tarif 1' },
    });
  });

  it('accepts value groups as well as text, and flags short forms', () => {
    expect(describeObis({ a: 99, b: 0, c: 12, d: 1, e: 2, f: 255 }).name).toBe(
      'Digital output 2 ("Relais", S1)',
    );
    expect(describeObis('1.8.0').abAssumed).toBe(true);
    expect(describeObis('1-0:1.8.0').abAssumed).toBe(false);
  });

  it('names a known quantity on another channel or billing period after the catalog entry', () => {
    expect(describeObis('1-0:1.8.0*2')).toMatchObject({
      known: true,
      catalogCode: '1-0:1.8.0*255',
      name: 'Active energy import (+A), total (stored value, billing period 2)',
      realtime: { unit: 'mWh', assumed: true },
    });
  });

  it('explains an unknown electricity code from its structure, in English and German', () => {
    const en = describeObis('1-0:42.6.3*255');
    expect(en.known).toBe(false);
    expect(en.explanation).toEqual({
      medium: 'electricity',
      channel: 'no channel specified (main meter)',
      quantity: 'active power/energy, export (-A), phase L2',
      measurement: 'maximum 1 (maximum demand)',
      tariff: 'tariff 3',
      billingPeriod: 'current value (no billing period)',
    });
    expect(en.realtime).toMatchObject({ unit: 'W', assumed: true });
    expect(en.realtime?.note).toMatch(/^Not in the catalog/);
    expect(explainObis(parseObis('1-0:42.6.3*255'), 'de')).toEqual({
      medium: 'Elektrizität',
      channel: 'kein Kanal angegeben (Hauptzähler)',
      quantity: 'Wirkleistung/-energie, Lieferung (-A), Phase L2',
      measurement: 'Maximum 1 (Höchstleistung)',
      tariff: 'Tarif 3',
      billingPeriod: 'aktueller Wert (keine Abrechnungsperiode)',
    });
  });

  it('explains other media from EN 13757-1', () => {
    expect(describeObis('9-0:1.3.0*7', 'de').explanation).toMatchObject({
      medium: 'Warmwasser',
      quantity: 'kumuliertes Volumen',
      measurement: 'Wert bei Rechnungslegung',
      billingPeriod: 'gespeicherter Wert, Abrechnungsperiode 7',
    });
    expect(describeObis('6-0:12.5.0').explanation.measurement).toBe('maximum');
  });

  it('explains an uncatalogued smart-me output and a phase angle pair', () => {
    expect(describeObis('99-0:12.1.3').explanation).toMatchObject({
      measurement: 'digital outputs',
      tariff: 'output 3',
    });
    expect(describeObis('1-0:81.7.45').explanation.tariff).toBe('angle of I(L2) relative to I(L1)');
  });

  it('says plainly when the standard does not define a value group', () => {
    const d = describeObis('42-0:7.7.0');
    expect(d.known).toBe(false);
    expect(d.explanation.medium).toBe('not defined by the standard');
    expect(d.realtime).toBeUndefined();
  });

  it('treats D and E of identifiers as sub-indexes, not measurement types', () => {
    expect(describeObis('0-0:96.1.0').explanation).toMatchObject({
      measurement: 'sub-group of C (not a measurement type)',
      tariff: 'index 0 (not a tariff)',
    });
  });

  it('throws the parse error for text that is not a code', () => {
    expect(() => describeObis('1-0:1.8')).toThrow(ObisParseError);
    expect(() => describeObis({ a: 1, b: 0, c: 1, d: 8, e: 0, f: 999 })).toThrow(ObisParseError);
  });
});
