import type { Text } from './i18n.ts';
import type { QuantityKindId } from './quantity-kinds.ts';

/**
 * Where a catalog code comes from. `smart-me`: seen in a smart-me source (developer page example, .NET client,
 * actions API). `standard`: the IEC 62056-61 / EN 13757-1 meaning; smart-me publishes its own list only as an
 * unreachable spreadsheet, so these are the codes its meters most likely send, not confirmed ones.
 */
export type CatalogSource = 'smart-me' | 'standard';

/** One catalog row: code (F=255 when left out), quantity kind, English name, German name. */
export type CatalogRow = [code: string, kind: QuantityKindId, en: string, de: string];

/**
 * Codes seen in smart-me's own material: the developer page's worked example (1.8.0, 2.8.0, 1.7.0) and the
 * .NET client's ObisCodes plus the actions API (99-0:12.x). Every other row has source `standard`.
 */
export const SMART_ME_CODES: readonly string[] = [
  '1-0:1.8.0',
  '1-0:2.8.0',
  '1-0:1.7.0',
  '99-0:12.0.0',
  '99-0:12.0.1',
  '99-0:12.0.2',
  '99-0:12.0.3',
  '99-0:12.1.1',
  '99-0:12.1.2',
];

/** The only realtime unit smart-me documents, with the vendor's own worked example. */
export const DOCUMENTED_REALTIME: Record<string, Text> = {
  '1-0:1.8.0': {
    en: 'Documented by smart-me: the realtime value is in mWh (1879583.2 mWh = 1879.5832 Wh).',
    de: 'Von smart-me dokumentiert: der Realtime-Wert ist in mWh (1879583.2 mWh = 1879.5832 Wh).',
  },
};

/** The OBIS catalog as data. Order is the order `meterscope obis --list` prints. */
export const CATALOG_ROWS: CatalogRow[] = [
  // Electricity: active energy, import (+A) and export (-A), total and per tariff.
  ['1-0:1.8.0', 'active-energy', 'Active energy import (+A), total', 'Wirkenergie Bezug (+A), total'],
  ['1-0:1.8.1', 'active-energy', 'Active energy import (+A), tariff 1', 'Wirkenergie Bezug (+A), Tarif 1'],
  ['1-0:1.8.2', 'active-energy', 'Active energy import (+A), tariff 2', 'Wirkenergie Bezug (+A), Tarif 2'],
  ['1-0:1.8.3', 'active-energy', 'Active energy import (+A), tariff 3', 'Wirkenergie Bezug (+A), Tarif 3'],
  ['1-0:1.8.4', 'active-energy', 'Active energy import (+A), tariff 4', 'Wirkenergie Bezug (+A), Tarif 4'],
  ['1-0:2.8.0', 'active-energy', 'Active energy export (-A), total', 'Wirkenergie Lieferung (-A), total'],
  [
    '1-0:2.8.1',
    'active-energy',
    'Active energy export (-A), tariff 1',
    'Wirkenergie Lieferung (-A), Tarif 1',
  ],
  [
    '1-0:2.8.2',
    'active-energy',
    'Active energy export (-A), tariff 2',
    'Wirkenergie Lieferung (-A), Tarif 2',
  ],
  [
    '1-0:2.8.3',
    'active-energy',
    'Active energy export (-A), tariff 3',
    'Wirkenergie Lieferung (-A), Tarif 3',
  ],
  [
    '1-0:2.8.4',
    'active-energy',
    'Active energy export (-A), tariff 4',
    'Wirkenergie Lieferung (-A), Tarif 4',
  ],
  ['1-0:15.8.0', 'active-energy', 'Active energy absolute (|+A|+|-A|)', 'Wirkenergie Betrag (|+A|+|-A|)'],
  ['1-0:16.8.0', 'active-energy', 'Active energy net (+A - -A)', 'Wirkenergie Saldo (+A - -A)'],
  // Electricity: active energy per phase.
  ['1-0:21.8.0', 'active-energy', 'Active energy import (+A), L1', 'Wirkenergie Bezug (+A), L1'],
  ['1-0:41.8.0', 'active-energy', 'Active energy import (+A), L2', 'Wirkenergie Bezug (+A), L2'],
  ['1-0:61.8.0', 'active-energy', 'Active energy import (+A), L3', 'Wirkenergie Bezug (+A), L3'],
  ['1-0:22.8.0', 'active-energy', 'Active energy export (-A), L1', 'Wirkenergie Lieferung (-A), L1'],
  ['1-0:42.8.0', 'active-energy', 'Active energy export (-A), L2', 'Wirkenergie Lieferung (-A), L2'],
  ['1-0:62.8.0', 'active-energy', 'Active energy export (-A), L3', 'Wirkenergie Lieferung (-A), L3'],
  // Electricity: reactive and apparent energy.
  ['1-0:3.8.0', 'reactive-energy', 'Reactive energy import (+R), total', 'Blindenergie Bezug (+R), total'],
  [
    '1-0:4.8.0',
    'reactive-energy',
    'Reactive energy export (-R), total',
    'Blindenergie Lieferung (-R), total',
  ],
  ['1-0:5.8.0', 'reactive-energy', 'Reactive energy, quadrant I (QI)', 'Blindenergie Quadrant I (QI)'],
  ['1-0:6.8.0', 'reactive-energy', 'Reactive energy, quadrant II (QII)', 'Blindenergie Quadrant II (QII)'],
  [
    '1-0:7.8.0',
    'reactive-energy',
    'Reactive energy, quadrant III (QIII)',
    'Blindenergie Quadrant III (QIII)',
  ],
  ['1-0:8.8.0', 'reactive-energy', 'Reactive energy, quadrant IV (QIV)', 'Blindenergie Quadrant IV (QIV)'],
  ['1-0:9.8.0', 'apparent-energy', 'Apparent energy import (+S), total', 'Scheinenergie Bezug (+S), total'],
  [
    '1-0:10.8.0',
    'apparent-energy',
    'Apparent energy export (-S), total',
    'Scheinenergie Lieferung (-S), total',
  ],
  // Electricity: active power, total and per phase.
  ['1-0:1.7.0', 'active-power', 'Active power import (+P), total', 'Wirkleistung Bezug (+P), total'],
  ['1-0:2.7.0', 'active-power', 'Active power export (-P), total', 'Wirkleistung Lieferung (-P), total'],
  ['1-0:15.7.0', 'active-power', 'Active power absolute (|+P|+|-P|)', 'Wirkleistung Betrag (|+P|+|-P|)'],
  [
    '1-0:16.7.0',
    'active-power',
    'Active power net, signed (+P - -P)',
    'Wirkleistung Saldo, vorzeichenbehaftet',
  ],
  ['1-0:21.7.0', 'active-power', 'Active power import (+P), L1', 'Wirkleistung Bezug (+P), L1'],
  ['1-0:41.7.0', 'active-power', 'Active power import (+P), L2', 'Wirkleistung Bezug (+P), L2'],
  ['1-0:61.7.0', 'active-power', 'Active power import (+P), L3', 'Wirkleistung Bezug (+P), L3'],
  ['1-0:22.7.0', 'active-power', 'Active power export (-P), L1', 'Wirkleistung Lieferung (-P), L1'],
  ['1-0:42.7.0', 'active-power', 'Active power export (-P), L2', 'Wirkleistung Lieferung (-P), L2'],
  ['1-0:62.7.0', 'active-power', 'Active power export (-P), L3', 'Wirkleistung Lieferung (-P), L3'],
  [
    '1-0:36.7.0',
    'active-power',
    'Active power net, signed, L1',
    'Wirkleistung Saldo, vorzeichenbehaftet, L1',
  ],
  [
    '1-0:56.7.0',
    'active-power',
    'Active power net, signed, L2',
    'Wirkleistung Saldo, vorzeichenbehaftet, L2',
  ],
  [
    '1-0:76.7.0',
    'active-power',
    'Active power net, signed, L3',
    'Wirkleistung Saldo, vorzeichenbehaftet, L3',
  ],
  // Electricity: maximum demand (kW over the demand period).
  ['1-0:1.6.0', 'active-power', 'Maximum demand, active import (+P)', 'Maximalleistung Bezug (+P)'],
  ['1-0:2.6.0', 'active-power', 'Maximum demand, active export (-P)', 'Maximalleistung Lieferung (-P)'],
  // Electricity: reactive and apparent power.
  ['1-0:3.7.0', 'reactive-power', 'Reactive power import (+Q), total', 'Blindleistung Bezug (+Q), total'],
  ['1-0:4.7.0', 'reactive-power', 'Reactive power export (-Q), total', 'Blindleistung Lieferung (-Q), total'],
  ['1-0:23.7.0', 'reactive-power', 'Reactive power import (+Q), L1', 'Blindleistung Bezug (+Q), L1'],
  ['1-0:43.7.0', 'reactive-power', 'Reactive power import (+Q), L2', 'Blindleistung Bezug (+Q), L2'],
  ['1-0:63.7.0', 'reactive-power', 'Reactive power import (+Q), L3', 'Blindleistung Bezug (+Q), L3'],
  ['1-0:9.7.0', 'apparent-power', 'Apparent power import (+S), total', 'Scheinleistung Bezug (+S), total'],
  [
    '1-0:10.7.0',
    'apparent-power',
    'Apparent power export (-S), total',
    'Scheinleistung Lieferung (-S), total',
  ],
  ['1-0:29.7.0', 'apparent-power', 'Apparent power import (+S), L1', 'Scheinleistung Bezug (+S), L1'],
  ['1-0:49.7.0', 'apparent-power', 'Apparent power import (+S), L2', 'Scheinleistung Bezug (+S), L2'],
  ['1-0:69.7.0', 'apparent-power', 'Apparent power import (+S), L3', 'Scheinleistung Bezug (+S), L3'],
  // Electricity: voltage, current, power factor, frequency.
  ['1-0:32.7.0', 'voltage', 'Voltage L1', 'Spannung L1'],
  ['1-0:52.7.0', 'voltage', 'Voltage L2', 'Spannung L2'],
  ['1-0:72.7.0', 'voltage', 'Voltage L3', 'Spannung L3'],
  ['1-0:31.7.0', 'current', 'Current L1', 'Strom L1'],
  ['1-0:51.7.0', 'current', 'Current L2', 'Strom L2'],
  ['1-0:71.7.0', 'current', 'Current L3', 'Strom L3'],
  ['1-0:91.7.0', 'current', 'Current, neutral conductor', 'Strom Neutralleiter'],
  ['1-0:90.7.0', 'current', 'Current, sum of the phases', 'Strom, Summe der Phasen'],
  ['1-0:13.7.0', 'power-factor', 'Power factor, total', 'Leistungsfaktor, total'],
  ['1-0:33.7.0', 'power-factor', 'Power factor L1', 'Leistungsfaktor L1'],
  ['1-0:53.7.0', 'power-factor', 'Power factor L2', 'Leistungsfaktor L2'],
  ['1-0:73.7.0', 'power-factor', 'Power factor L3', 'Leistungsfaktor L3'],
  ['1-0:14.7.0', 'frequency', 'Grid frequency', 'Netzfrequenz'],
  // Electricity: phase angles (E names the pair: 0-2 = U L1-L3, 4-6 = I L1-L3).
  ['1-0:81.7.1', 'angle', 'Phase angle U(L2) to U(L1)', 'Phasenwinkel U(L2) zu U(L1)'],
  ['1-0:81.7.2', 'angle', 'Phase angle U(L3) to U(L1)', 'Phasenwinkel U(L3) zu U(L1)'],
  ['1-0:81.7.4', 'angle', 'Phase angle I(L1) to U(L1)', 'Phasenwinkel I(L1) zu U(L1)'],
  ['1-0:81.7.15', 'angle', 'Phase angle I(L2) to U(L2)', 'Phasenwinkel I(L2) zu U(L2)'],
  ['1-0:81.7.26', 'angle', 'Phase angle I(L3) to U(L3)', 'Phasenwinkel I(L3) zu U(L3)'],
  // Heat (A=6) and cooling (A=5), EN 13757-1.
  ['6-0:1.0.0', 'heat-energy', 'Heat energy', 'Wärmeenergie'],
  ['6-0:1.0.1', 'heat-energy', 'Heat energy, tariff 1', 'Wärmeenergie, Tarif 1'],
  ['6-0:1.0.2', 'heat-energy', 'Heat energy, tariff 2', 'Wärmeenergie, Tarif 2'],
  ['6-0:2.0.0', 'volume', 'Heat meter, accumulated volume', 'Wärmezähler, kumuliertes Volumen'],
  ['6-0:8.0.0', 'thermal-power', 'Heat power', 'Wärmeleistung'],
  ['6-0:9.0.0', 'flow-rate', 'Heat meter, flow rate', 'Wärmezähler, Durchfluss'],
  ['6-0:10.0.0', 'temperature', 'Heat meter, flow temperature', 'Wärmezähler, Vorlauftemperatur'],
  ['6-0:11.0.0', 'temperature', 'Heat meter, return temperature', 'Wärmezähler, Rücklauftemperatur'],
  [
    '6-0:12.0.0',
    'temperature-difference',
    'Heat meter, temperature difference',
    'Wärmezähler, Temperaturdifferenz',
  ],
  ['5-0:1.0.0', 'heat-energy', 'Cooling energy', 'Kälteenergie'],
  ['5-0:8.0.0', 'thermal-power', 'Cooling power', 'Kälteleistung'],
  // Gas (A=7).
  ['7-0:3.0.0', 'volume', 'Gas volume (meter reading)', 'Gasvolumen (Zählerstand)'],
  ['7-0:3.2.0', 'volume', 'Gas volume at base conditions', 'Gasvolumen im Normzustand'],
  ['7-0:43.0.0', 'flow-rate', 'Gas flow rate', 'Gasdurchfluss'],
  // Cold water (A=8) and hot water (A=9), EN 13757-1.
  ['8-0:1.0.0', 'volume', 'Cold water volume', 'Kaltwasservolumen'],
  ['8-0:2.0.0', 'flow-rate', 'Cold water flow rate', 'Kaltwasser-Durchfluss'],
  ['8-0:3.0.0', 'temperature', 'Cold water temperature', 'Kaltwassertemperatur'],
  ['9-0:1.0.0', 'volume', 'Hot water volume', 'Warmwasservolumen'],
  ['9-0:2.0.0', 'flow-rate', 'Hot water flow rate', 'Warmwasser-Durchfluss'],
  ['9-0:3.0.0', 'temperature', 'Hot water temperature', 'Warmwassertemperatur'],
  // Heat cost allocators (A=4), EN 13757-1.
  [
    '4-0:1.0.0',
    'hca-units',
    'Heat cost allocator, unrated units',
    'Heizkostenverteiler, unbewertete Einheiten',
  ],
  ['4-0:2.0.0', 'hca-units', 'Heat cost allocator, rated units', 'Heizkostenverteiler, bewertete Einheiten'],
  [
    '4-0:3.0.0',
    'temperature',
    'Heat cost allocator, radiator temperature',
    'Heizkostenverteiler, Heizkörpertemperatur',
  ],
  [
    '4-0:7.0.0',
    'temperature',
    'Heat cost allocator, room temperature',
    'Heizkostenverteiler, Raumtemperatur',
  ],
  // smart-me switches and outputs (99-0:12.x), from smart-me's .NET client and actions API.
  [
    '99-0:12.0.0',
    'switch-bitmap',
    'Switch state, all phases (bitmap)',
    'Schaltzustand aller Phasen (Bitmap)',
  ],
  ['99-0:12.0.1', 'switch-state', 'Phase switch L1', 'Phasenschalter L1'],
  ['99-0:12.0.2', 'switch-state', 'Phase switch L2', 'Phasenschalter L2'],
  ['99-0:12.0.3', 'switch-state', 'Phase switch L3', 'Phasenschalter L3'],
  ['99-0:12.1.1', 'switch-state', 'Digital output 1 ("Output 0", S0)', 'Digitalausgang 1 ("Output 0", S0)'],
  ['99-0:12.1.2', 'switch-state', 'Digital output 2 ("Relais", S1)', 'Digitalausgang 2 ("Relais", S1)'],
];
