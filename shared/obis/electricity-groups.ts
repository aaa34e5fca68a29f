import type { Text } from './i18n.ts';
import type { QuantityKindId } from './quantity-kinds.ts';
import { one, type RangeRow } from './value-ranges.ts';

/** The kinds a quantity reads as: `instant` for powers and averages, `integral` for energies (D = 8, 9 ...). */
export interface KindPair {
  instant?: QuantityKindId;
  integral?: QuantityKindId;
}

/** One of the 20 base quantities of electricity (C = 1..20); C = 21..80 repeat them for L1, L2, L3. */
export interface ElectricityBase {
  name: Text;
  /** Name when C is the base value itself; defaults to name + "sum of phases". */
  total?: Text;
  kinds: KindPair;
}

const active: KindPair = { instant: 'active-power', integral: 'active-energy' };
const reactive: KindPair = { instant: 'reactive-power', integral: 'reactive-energy' };
const apparent: KindPair = { instant: 'apparent-power', integral: 'apparent-energy' };
const base = (en: string, de: string, kinds: KindPair, total?: Text): ElectricityBase => ({
  name: { en, de },
  kinds,
  ...(total ? { total } : {}),
});

/** IEC 62056-61 electricity quantities C = 1..20 (index 0 is C = 1). */
export const ELECTRICITY_BASE: readonly ElectricityBase[] = [
  base('active power/energy, import (+A)', 'Wirkleistung/-energie, Bezug (+A)', active),
  base('active power/energy, export (-A)', 'Wirkleistung/-energie, Lieferung (-A)', active),
  base('reactive power/energy, import (+R)', 'Blindleistung/-energie, Bezug (+R)', reactive),
  base('reactive power/energy, export (-R)', 'Blindleistung/-energie, Lieferung (-R)', reactive),
  base('reactive power/energy, quadrant I', 'Blindleistung/-energie, Quadrant I', reactive),
  base('reactive power/energy, quadrant II', 'Blindleistung/-energie, Quadrant II', reactive),
  base('reactive power/energy, quadrant III', 'Blindleistung/-energie, Quadrant III', reactive),
  base('reactive power/energy, quadrant IV', 'Blindleistung/-energie, Quadrant IV', reactive),
  base('apparent power/energy, import (+S)', 'Scheinleistung/-energie, Bezug (+S)', apparent),
  base('apparent power/energy, export (-S)', 'Scheinleistung/-energie, Lieferung (-S)', apparent),
  base(
    'current',
    'Strom',
    { instant: 'current' },
    { en: 'current, any phase', de: 'Strom, beliebige Phase' },
  ),
  base(
    'voltage',
    'Spannung',
    { instant: 'voltage' },
    { en: 'voltage, any phase', de: 'Spannung, beliebige Phase' },
  ),
  base(
    'power factor',
    'Leistungsfaktor',
    { instant: 'power-factor' },
    { en: 'average power factor', de: 'mittlerer Leistungsfaktor' },
  ),
  base('frequency', 'Frequenz', { instant: 'frequency' }, { en: 'supply frequency', de: 'Netzfrequenz' }),
  base('active power/energy, absolute (|+A|+|-A|)', 'Wirkleistung/-energie, Betrag (|+A|+|-A|)', active),
  base('active power/energy, net (+A - -A)', 'Wirkleistung/-energie, Saldo (+A - -A)', active),
  base('active power/energy, quadrant I', 'Wirkleistung/-energie, Quadrant I', active),
  base('active power/energy, quadrant II', 'Wirkleistung/-energie, Quadrant II', active),
  base('active power/energy, quadrant III', 'Wirkleistung/-energie, Quadrant III', active),
  base('active power/energy, quadrant IV', 'Wirkleistung/-energie, Quadrant IV', active),
];

/** Suffixes for the total (C = 1..20) and for each phase (C = 21..40, 41..60, 61..80). */
export const PHASE_SUFFIX: { total: Text; phase: Text } = {
  total: { en: ', sum of phases', de: ', Summe der Phasen' },
  phase: { en: ', phase L{n}', de: ', Phase L{n}' },
};

/** Electricity quantities outside the phase pattern (C = 81..99), with the kind their values read as. */
export const ELECTRICITY_OTHER: readonly (RangeRow & { kinds?: KindPair })[] = [
  { ...one(81, 'phase angles', 'Phasenwinkel'), kinds: { instant: 'angle' } },
  one(82, 'unitless quantities (pulses, counts)', 'einheitenlose Größen (Impulse, Zähler)'),
  one(83, 'transformer and line losses', 'Transformator- und Leitungsverluste'),
  { ...one(90, 'current, sum of the phases', 'Strom, Summe der Phasen'), kinds: { instant: 'current' } },
  { ...one(91, 'current, neutral conductor', 'Strom, Neutralleiter'), kinds: { instant: 'current' } },
  { ...one(92, 'voltage, neutral conductor', 'Spannung, Neutralleiter'), kinds: { instant: 'voltage' } },
  one(94, 'country-specific identifiers', 'länderspezifische Kennungen'),
];

/** Value group D for electricity: the measurement type (IEC 62056-61). */
export const ELECTRICITY_MEASUREMENTS: readonly RangeRow[] = [
  one(0, 'billing-period average', 'Mittelwert der Abrechnungsperiode'),
  one(1, 'cumulative minimum 1', 'kumuliertes Minimum 1'),
  one(2, 'cumulative maximum 1', 'kumuliertes Maximum 1'),
  one(3, 'minimum 1', 'Minimum 1'),
  one(4, 'current average 1 (demand)', 'laufender Mittelwert 1 (Leistung)'),
  one(5, 'last average 1 (demand)', 'letzter Mittelwert 1 (Leistung)'),
  one(6, 'maximum 1 (maximum demand)', 'Maximum 1 (Höchstleistung)'),
  one(7, 'instantaneous value', 'Momentanwert'),
  one(8, 'time integral 1 (meter reading, energy)', 'Zeitintegral 1 (Zählerstand, Energie)'),
  one(9, 'time integral 2 (energy in the billing period)', 'Zeitintegral 2 (Energie der Abrechnungsperiode)'),
  one(10, 'time integral 3', 'Zeitintegral 3'),
  one(11, 'cumulative minimum 2', 'kumuliertes Minimum 2'),
  one(12, 'cumulative maximum 2', 'kumuliertes Maximum 2'),
  one(13, 'minimum 2', 'Minimum 2'),
  one(14, 'current average 2 (demand)', 'laufender Mittelwert 2 (Leistung)'),
  one(15, 'last average 2 (demand)', 'letzter Mittelwert 2 (Leistung)'),
  one(16, 'maximum 2 (maximum demand)', 'Maximum 2 (Höchstleistung)'),
  { from: 17, to: 20, offset: 10, text: { en: 'time integral {n}', de: 'Zeitintegral {n}' } },
  one(21, 'cumulative minimum 3', 'kumuliertes Minimum 3'),
  one(22, 'cumulative maximum 3', 'kumuliertes Maximum 3'),
  one(23, 'minimum 3', 'Minimum 3'),
  one(24, 'current average 3 (demand)', 'laufender Mittelwert 3 (Leistung)'),
  one(25, 'last average 3 (demand)', 'letzter Mittelwert 3 (Leistung)'),
  one(26, 'maximum 3 (maximum demand)', 'Maximum 3 (Höchstleistung)'),
  one(27, 'current average 5', 'laufender Mittelwert 5'),
  one(28, 'current average 6', 'laufender Mittelwert 6'),
  one(29, 'time integral 5 (load profile)', 'Zeitintegral 5 (Lastgang)'),
  one(30, 'time integral 6', 'Zeitintegral 6'),
  one(31, 'under-limit threshold', 'Unterschreitungs-Schwelle'),
  one(32, 'under-limit occurrence counter', 'Unterschreitungs-Zähler'),
  one(33, 'under-limit duration', 'Unterschreitungs-Dauer'),
  one(34, 'under-limit magnitude', 'Unterschreitungs-Betrag'),
  one(35, 'over-limit threshold', 'Überschreitungs-Schwelle'),
  one(36, 'over-limit occurrence counter', 'Überschreitungs-Zähler'),
  one(37, 'over-limit duration', 'Überschreitungs-Dauer'),
  one(38, 'over-limit magnitude', 'Überschreitungs-Betrag'),
  one(55, 'test average', 'Prüf-Mittelwert'),
  one(58, 'time integral 4 (test)', 'Zeitintegral 4 (Prüfung)'),
  {
    from: 128,
    to: 254,
    text: { en: 'manufacturer-specific type {n}', de: 'herstellerspezifische Messart {n}' },
  },
];

/** D values whose readings are energies (time integrals); the rest of 0..28 and 55 read as powers. */
export const INTEGRAL_D: ReadonlySet<number> = new Set([8, 9, 10, 17, 18, 19, 20, 29, 30, 58]);
/** D values whose readings are instantaneous values, averages, minima or maxima. */
export const INSTANT_D: ReadonlySet<number> = new Set([
  0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 21, 22, 23, 24, 25, 26, 27, 28, 55,
]);

/** For C = 81 (angles), E = 10·i + j names the pair: angle of quantity j relative to quantity i. */
export const ANGLE_QUANTITIES: Record<number, string> = {
  0: 'U(L1)',
  1: 'U(L2)',
  2: 'U(L3)',
  4: 'I(L1)',
  5: 'I(L2)',
  6: 'I(L3)',
  7: 'I(N)',
};

/** The phrase for a phase-angle pair, in both languages. */
export const ANGLE_PAIR: Text = { en: 'angle of {to} relative to {from}', de: 'Winkel {to} zu {from}' };
