/**
 * Realistic device names (Swiss multi-family houses and small businesses, where smart-me meters live).
 * A name can also decide a sub-type: a charging station or a heat pump.
 */
const ELECTRICITY_NAMES = [
  'Wohnung 1.OG links',
  'Wohnung 1.OG rechts',
  'Allgemeinstrom',
  'Wärmepumpe',
  'Ladestation Garage',
  'PV Anlage Dach',
  'Wohnung 2.OG',
  'Büro Empfang',
  'Werkstatt',
  'Treppenhaus Licht',
  'Lift',
  'Waschküche',
  'Restaurant Küche',
  'Serverraum',
  'Kühlraum',
  'Attika',
];

const MEDIUM_NAMES: Record<string, string> = {
  water: 'Kaltwasser',
  'hot-water': 'Warmwasser',
  gas: 'Gas Heizung',
  heat: 'Wärmezähler',
  'mbus-e': 'Elektro',
};

/** The name of the i-th electricity meter; a number is appended once the list repeats. */
export function electricityName(index: number): string {
  const base = ELECTRICITY_NAMES[index % ELECTRICITY_NAMES.length] ?? 'Zähler';
  const round = Math.floor(index / ELECTRICITY_NAMES.length);
  return round === 0 ? base : `${base} ${round + 1}`;
}

/** The name of a water/gas/heat meter, e.g. `Wärmezähler Whg 3`. */
export function mediumName(templateKey: string, flat: number): string {
  return `${MEDIUM_NAMES[templateKey] ?? 'Zähler'} Whg ${flat}`;
}

/** Sub-type a name implies (3 charging station, 7 heat pump), if any. */
export function subTypeForName(name: string): number | undefined {
  if (name.startsWith('Ladestation')) return 3;
  if (name.startsWith('Wärmepumpe')) return 7;
  return undefined;
}
