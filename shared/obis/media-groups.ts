import type { KindPair } from './electricity-groups.ts';
import { one, type RangeRow } from './value-ranges.ts';

/** How value groups C and D are read: the standard that defines them depends on the medium (A). */
export type MediumFamily =
  'abstract' | 'electricity' | 'hca' | 'thermal' | 'gas' | 'water' | 'vendor' | 'other';

/** A quantity row (value group C) with the kind its values read as, where one is known. */
export type QuantityRow = RangeRow & { kinds?: KindPair };

/** Value group A: the medium, and the family of tables that explain C and D for it. */
export const MEDIA: readonly (RangeRow & { family: MediumFamily })[] = [
  {
    ...one(0, 'abstract objects (identifiers, clock, status)', 'abstrakte Objekte (Kennungen, Uhr, Status)'),
    family: 'abstract',
  },
  { ...one(1, 'electricity', 'Elektrizität'), family: 'electricity' },
  { ...one(4, 'heat cost allocator', 'Heizkostenverteiler'), family: 'hca' },
  { ...one(5, 'thermal energy, cooling', 'Kälteenergie'), family: 'thermal' },
  { ...one(6, 'thermal energy, heat', 'Wärmeenergie'), family: 'thermal' },
  { ...one(7, 'gas', 'Gas'), family: 'gas' },
  { ...one(8, 'cold water', 'Kaltwasser'), family: 'water' },
  { ...one(9, 'hot water', 'Warmwasser'), family: 'water' },
  { ...one(16, 'oil', 'Öl'), family: 'other' },
  { ...one(17, 'compressed air', 'Druckluft'), family: 'other' },
  { ...one(18, 'nitrogen', 'Stickstoff'), family: 'other' },
  {
    ...one(
      99,
      'manufacturer-specific (smart-me: switches and outputs)',
      'herstellerspezifisch (smart-me: Schalter und Ausgänge)',
    ),
    family: 'vendor',
  },
];

/** Value group C values that mean the same for every medium. */
export const COMMON_QUANTITIES: readonly QuantityRow[] = [
  one(0, 'general-purpose objects (identifiers, settings)', 'allgemeine Objekte (Kennungen, Einstellungen)'),
  one(96, 'service entries', 'Serviceeinträge'),
  one(97, 'error messages', 'Fehlermeldungen'),
  one(98, 'lists (billing data)', 'Listen (Abrechnungsdaten)'),
  one(99, 'data profiles (load profile)', 'Datenprofile (Lastgang)'),
  {
    from: 128,
    to: 199,
    text: { en: 'manufacturer-specific quantity {n}', de: 'herstellerspezifische Messgröße {n}' },
  },
];

const kinds = (row: RangeRow, instant: KindPair['instant']): QuantityRow => ({ ...row, kinds: { instant } });

/** Value group C per medium family (EN 13757-1 for heat, water and HCA; DLMS Blue Book for gas). */
export const FAMILY_QUANTITIES: Partial<Record<MediumFamily, readonly QuantityRow[]>> = {
  thermal: [
    kinds(one(1, 'energy', 'Energie'), 'heat-energy'),
    kinds(one(2, 'accumulated flow volume', 'kumuliertes Volumen'), 'volume'),
    one(3, 'accumulated mass', 'kumulierte Masse'),
    kinds(one(8, 'power (energy flow)', 'Leistung (Energiefluss)'), 'thermal-power'),
    kinds(one(9, 'flow rate', 'Durchfluss'), 'flow-rate'),
    kinds(one(10, 'flow temperature', 'Vorlauftemperatur'), 'temperature'),
    kinds(one(11, 'return temperature', 'Rücklauftemperatur'), 'temperature'),
    kinds(one(12, 'temperature difference', 'Temperaturdifferenz'), 'temperature-difference'),
  ],
  water: [
    kinds(one(1, 'accumulated volume', 'kumuliertes Volumen'), 'volume'),
    kinds(one(2, 'flow rate', 'Durchfluss'), 'flow-rate'),
    kinds(one(3, 'flow temperature', 'Vorlauftemperatur'), 'temperature'),
  ],
  hca: [
    kinds(
      one(1, 'unrated integral (consumption units)', 'unbewertetes Integral (Verbrauchseinheiten)'),
      'hca-units',
    ),
    kinds(
      one(2, 'rated integral (consumption units)', 'bewertetes Integral (Verbrauchseinheiten)'),
      'hca-units',
    ),
    kinds(one(3, 'radiator surface temperature', 'Heizkörper-Oberflächentemperatur'), 'temperature'),
    kinds(one(4, 'heating medium temperature', 'Heizmediumtemperatur'), 'temperature'),
    kinds(one(5, 'flow temperature', 'Vorlauftemperatur'), 'temperature'),
    kinds(one(6, 'return temperature', 'Rücklauftemperatur'), 'temperature'),
    kinds(one(7, 'room temperature', 'Raumtemperatur'), 'temperature'),
  ],
  gas: [
    kinds(one(1, 'forward undisturbed volume', 'Vorwärts-Volumen, ungestört'), 'volume'),
    kinds(
      one(2, 'forward disturbed volume (during alarms)', 'Vorwärts-Volumen, gestört (bei Alarm)'),
      'volume',
    ),
    kinds(
      one(3, 'forward absolute volume (meter reading)', 'Vorwärts-Volumen absolut (Zählerstand)'),
      'volume',
    ),
    kinds(one(4, 'reverse undisturbed volume', 'Rückwärts-Volumen, ungestört'), 'volume'),
    kinds(one(5, 'reverse disturbed volume', 'Rückwärts-Volumen, gestört'), 'volume'),
    kinds(one(6, 'reverse absolute volume', 'Rückwärts-Volumen absolut'), 'volume'),
    one(41, 'absolute temperature', 'absolute Temperatur'),
    one(42, 'absolute pressure', 'absoluter Druck'),
    kinds(one(43, 'flow rate', 'Durchfluss'), 'flow-rate'),
    one(44, 'velocity of sound', 'Schallgeschwindigkeit'),
    one(45, 'density', 'Dichte'),
    one(46, 'relative density', 'relative Dichte'),
    one(47, 'gauge pressure', 'Überdruck'),
    one(48, 'differential pressure', 'Differenzdruck'),
    one(49, 'density of air', 'Luftdichte'),
  ],
  vendor: [one(12, 'switches and outputs (smart-me)', 'Schalter und Ausgänge (smart-me)')],
};

/** EN 13757-1 value group D for heat, cooling, water and heat cost allocators. */
const EN13757_MEASUREMENTS: readonly RangeRow[] = [
  one(0, 'current value', 'aktueller Wert'),
  one(1, 'periodic value', 'periodischer Wert'),
  one(2, 'value at the set date', 'Wert am Stichtag'),
  one(3, 'value at the billing date', 'Wert bei Rechnungslegung'),
  one(4, 'minimum', 'Tiefstwert'),
  one(5, 'maximum', 'Höchstwert'),
  one(6, 'test value', 'Prüfwert'),
];

/** Value group D per medium family; electricity has its own table in electricity-groups.ts. */
export const FAMILY_MEASUREMENTS: Partial<Record<MediumFamily, readonly RangeRow[]>> = {
  thermal: EN13757_MEASUREMENTS,
  water: EN13757_MEASUREMENTS,
  hca: EN13757_MEASUREMENTS,
  gas: [
    one(0, 'value at metering conditions', 'Wert im Betriebszustand'),
    one(1, 'corrected value', 'korrigierter Wert'),
    one(2, 'value at base conditions', 'Wert im Normzustand'),
  ],
  vendor: [one(0, 'phase switches', 'Phasenschalter'), one(1, 'digital outputs', 'Digitalausgänge')],
};

/** smart-me 99-x:12.D.E: what E selects, per D (0: the switch bitmap or a phase; 1: an output). */
export const VENDOR_SELECTORS: Record<number, readonly QuantityRow[]> = {
  0: [
    { ...one(0, 'all phases (bitmap)', 'alle Phasen (Bitmap)'), kinds: { instant: 'switch-bitmap' } },
    { from: 1, to: 3, text: { en: 'phase L{n}', de: 'Phase L{n}' }, kinds: { instant: 'switch-state' } },
  ],
  1: [
    { from: 1, to: 254, text: { en: 'output {n}', de: 'Ausgang {n}' }, kinds: { instant: 'switch-state' } },
  ],
};
