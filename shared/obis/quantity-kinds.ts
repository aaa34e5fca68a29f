import type { Text } from './i18n.ts';

/** The physical quantities the catalog knows; each fixes a unit, a realtime unit and its conversions. */
export type QuantityKindId =
  | 'active-energy'
  | 'reactive-energy'
  | 'apparent-energy'
  | 'active-power'
  | 'reactive-power'
  | 'apparent-power'
  | 'voltage'
  | 'current'
  | 'power-factor'
  | 'frequency'
  | 'angle'
  | 'heat-energy'
  | 'thermal-power'
  | 'volume'
  | 'flow-rate'
  | 'temperature'
  | 'temperature-difference'
  | 'hca-units'
  | 'switch-state'
  | 'switch-bitmap';

/** A further unit to show a realtime value in: value × 10^exp (decimal, so 1879583.2 mWh → 1879.5832 Wh). */
export interface Conversion {
  unit: string;
  exp: number;
}

/**
 * What a quantity means and how its realtime value reads. `realtime.note` says why the realtime unit is what it
 * is: smart-me documents it only for 1-0:1.8.0 (see catalog-entries.ts), so here every note names an assumption.
 */
export interface QuantityKind {
  quantity: Text;
  /** The unit meters and the smart-me REST API usually show; `1` for a ratio or a count. */
  unit: string;
  realtime: { unit: string; note: Text };
  conversions: Conversion[];
}

const energyNote = (unit: string): Text => ({
  en: `Not documented: smart-me documents mWh only for 1-0:1.8.0; ${unit} is assumed by analogy.`,
  de: `Nicht dokumentiert: smart-me dokumentiert mWh nur für 1-0:1.8.0; ${unit} ist analog angenommen.`,
});
const plainNote = (unit: string, why: Text): Text => ({
  en: `Not documented by smart-me; ${unit} assumed (${why.en}).`,
  de: `Von smart-me nicht dokumentiert; ${unit} angenommen (${why.de}).`,
});
const REST = { en: 'the unit the REST API and meters use', de: 'die Einheit von REST-API und Zählern' };
const MBUS = { en: 'the unit such meters usually report', de: 'die übliche Einheit solcher Zähler' };
const POWER = {
  en: 'the example 24.19 for 1-0:1.7.0 reads as watts; mW would match the mWh energy',
  de: 'das Beispiel 24.19 für 1-0:1.7.0 passt zu Watt; mW würde zur mWh-Energie passen',
};
const ACTION = {
  en: 'smart-me actions use 0 = off, 1 = on',
  de: 'smart-me-Aktionen nutzen 0 = aus, 1 = ein',
};
const BITMAP = {
  en: "smart-me's .NET client reads it as a uint32 bitmap of the switches",
  de: 'der .NET-Client von smart-me liest es als uint32-Bitmap der Schalter',
};

const milli = (unit: string) => [
  { unit, exp: -3 },
  { unit: `k${unit}`, exp: -6 },
];

/** Every quantity kind with its units: one table, so catalog and structural guesses read values alike. */
export const QUANTITY_KINDS: Record<QuantityKindId, QuantityKind> = {
  'active-energy': {
    quantity: { en: 'active energy', de: 'Wirkenergie' },
    unit: 'kWh',
    realtime: { unit: 'mWh', note: energyNote('mWh') },
    conversions: milli('Wh'),
  },
  'reactive-energy': {
    quantity: { en: 'reactive energy', de: 'Blindenergie' },
    unit: 'kvarh',
    realtime: { unit: 'mvarh', note: energyNote('mvarh') },
    conversions: milli('varh'),
  },
  'apparent-energy': {
    quantity: { en: 'apparent energy', de: 'Scheinenergie' },
    unit: 'kVAh',
    realtime: { unit: 'mVAh', note: energyNote('mVAh') },
    conversions: milli('VAh'),
  },
  'active-power': {
    quantity: { en: 'active power', de: 'Wirkleistung' },
    unit: 'kW',
    realtime: { unit: 'W', note: plainNote('W', POWER) },
    conversions: [{ unit: 'kW', exp: -3 }],
  },
  'reactive-power': {
    quantity: { en: 'reactive power', de: 'Blindleistung' },
    unit: 'kvar',
    realtime: { unit: 'var', note: plainNote('var', POWER) },
    conversions: [{ unit: 'kvar', exp: -3 }],
  },
  'apparent-power': {
    quantity: { en: 'apparent power', de: 'Scheinleistung' },
    unit: 'kVA',
    realtime: { unit: 'VA', note: plainNote('VA', POWER) },
    conversions: [{ unit: 'kVA', exp: -3 }],
  },
  voltage: {
    quantity: { en: 'voltage', de: 'Spannung' },
    unit: 'V',
    realtime: { unit: 'V', note: plainNote('V', REST) },
    conversions: [],
  },
  current: {
    quantity: { en: 'current', de: 'Strom' },
    unit: 'A',
    realtime: { unit: 'A', note: plainNote('A', REST) },
    conversions: [],
  },
  'power-factor': {
    quantity: { en: 'power factor (ratio)', de: 'Leistungsfaktor (Verhältnis)' },
    unit: '1',
    realtime: { unit: '1', note: plainNote('0..1', REST) },
    conversions: [],
  },
  frequency: {
    quantity: { en: 'frequency', de: 'Frequenz' },
    unit: 'Hz',
    realtime: { unit: 'Hz', note: plainNote('Hz', REST) },
    conversions: [],
  },
  angle: {
    quantity: { en: 'phase angle', de: 'Phasenwinkel' },
    unit: '°',
    realtime: { unit: '°', note: plainNote('°', MBUS) },
    conversions: [],
  },
  'heat-energy': {
    quantity: { en: 'thermal energy', de: 'Wärmeenergie' },
    unit: 'kWh',
    realtime: { unit: 'kWh', note: plainNote('kWh', MBUS) },
    conversions: [{ unit: 'MWh', exp: -3 }],
  },
  'thermal-power': {
    quantity: { en: 'thermal power', de: 'Wärmeleistung' },
    unit: 'kW',
    realtime: { unit: 'kW', note: plainNote('kW', MBUS) },
    conversions: [],
  },
  volume: {
    quantity: { en: 'volume', de: 'Volumen' },
    unit: 'm³',
    realtime: { unit: 'm³', note: plainNote('m³', MBUS) },
    conversions: [{ unit: 'L', exp: 3 }],
  },
  'flow-rate': {
    quantity: { en: 'flow rate', de: 'Durchfluss' },
    unit: 'm³/h',
    realtime: { unit: 'm³/h', note: plainNote('m³/h', MBUS) },
    conversions: [],
  },
  temperature: {
    quantity: { en: 'temperature', de: 'Temperatur' },
    unit: '°C',
    realtime: { unit: '°C', note: plainNote('°C', MBUS) },
    conversions: [],
  },
  'temperature-difference': {
    quantity: { en: 'temperature difference', de: 'Temperaturdifferenz' },
    unit: 'K',
    realtime: { unit: 'K', note: plainNote('K', MBUS) },
    conversions: [],
  },
  'hca-units': {
    quantity: { en: 'consumption units (count)', de: 'Verbrauchseinheiten (Anzahl)' },
    unit: '1',
    realtime: { unit: '1', note: plainNote('units', MBUS) },
    conversions: [],
  },
  'switch-state': {
    quantity: { en: 'switch state (0 = off, 1 = on)', de: 'Schaltzustand (0 = aus, 1 = ein)' },
    unit: '1',
    realtime: { unit: '1', note: plainNote('0/1', ACTION) },
    conversions: [],
  },
  'switch-bitmap': {
    quantity: { en: 'switch states (bitmap)', de: 'Schaltzustände (Bitmap)' },
    unit: '1',
    realtime: { unit: '1', note: plainNote('bitmap', BITMAP) },
    conversions: [],
  },
};
