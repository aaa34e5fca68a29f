import {
  DOCTOR_TEXTS,
  ENERGY_TYPE_TEXTS,
  MBUS_STATE_TEXTS,
  PLAUSIBILITY_TEXTS,
} from '../fleet-checks/fleet-texts.ts';

/**
 * The site report's texts in English and German. `{name}` placeholders are filled by `reportText`.
 * German follows the app's Swiss usage (no ß, «quotes»), since most installations are in Switzerland.
 */
const en = {
  ...ENERGY_TYPE_TEXTS.en,
  ...MBUS_STATE_TEXTS.en,
  ...DOCTOR_TEXTS.en,
  ...PLAUSIBILITY_TEXTS.en,
  title: 'Site report',
  intro: 'State of the smart-me installation at {server}, as Meterscope loaded it.',
  factServer: 'Server',
  factAccount: 'Account',
  factGenerated: 'Report made',
  factDataAsOf: 'Data as of',
  factSource: 'Source',
  sourceLive: 'loaded live from the smart-me cloud',
  sourceCache: 'offline cache (the cloud could not be reached)',
  factAge: 'Age of the data',
  factTimeZone: 'Time zone',
  factGenerator: 'Made with',
  staleWarning:
    'Offline: the smart-me cloud could not be reached ({code}). These data are from the offline cache, as of {date} ({age} old); the installation may have changed since.',
  summaryHeading: 'Summary',
  totalDevices: 'Devices',
  totalOnline: 'Online',
  totalOffline: 'Offline',
  totalGateways: 'M-Bus gateways',
  totalMeters: 'Meters on gateways',
  totalStale: 'Stale meters',
  totalProblems: 'Problems while loading',
  totalPlausibility: 'Plausibility hints',
  notAvailable: 'not available',
  offlineHeading: 'Offline devices ({count})',
  offlineIntro: "No value for {minutes} minutes or more (smart-me's offline rule). Silent longest first.",
  offlineNone: 'All devices are online.',
  colSerial: 'Serial',
  colName: 'Name',
  colType: 'Type',
  colFamily: 'Family',
  colLastValue: 'Last value',
  colSilent: 'Silent for',
  never: 'never',
  unnamed: '(no name)',
  gatewaysHeading: 'M-Bus gateways ({count})',
  gatewaysNone: 'This account has no M-Bus gateways.',
  colGateway: 'Gateway',
  colState: 'State',
  colInterval: 'Readout interval',
  colLastSeen: 'Last seen',
  colMeters: 'Meters',
  colStale: 'Stale',
  doctorHeading: 'Gateway doctor',
  doctorNone: 'The gateway doctor found nothing to fix.',
  'doctor.quiet': 'The gateway had not been seen for {age}: check its power and network.',
  staleHeading: 'Stale meters ({count})',
  staleIntro:
    "Last value older than {hours} h (or 2 × the gateway's readout interval), or none at all. Silent longest first.",
  staleNone: 'No stale meters: every meter sent a value in time.',
  colAddress: 'Secondary address',
  noDevice: 'no smart-me device',
  problemsHeading: 'Problems while loading ({count})',
  problemsNone: 'Everything loaded.',
  colItem: 'What',
  colCode: 'Code',
  colMessage: 'Message',
  plausibilityHeading: 'Plausibility hints',
  plausibilityIntro:
    "Checked on the device list's readings: phase voltages within 230 V ± 10 %, counters not negative, power factors within −1 … 1, tariffs adding up to the counter reading.",
  plausibilityNone: 'No implausible readings.',
  plausibilityUnavailable:
    "Not available: the device list's readings were not at hand when this report was made.",
  colDevice: 'Device',
  colHint: 'Hint',
  footer: 'Made by {generator}. This report contains no passwords, tokens or API keys.',
};

/** A key of the report's texts. */
export type ReportKey = keyof typeof en;

const de: Record<ReportKey, string> = {
  ...ENERGY_TYPE_TEXTS.de,
  ...MBUS_STATE_TEXTS.de,
  ...DOCTOR_TEXTS.de,
  ...PLAUSIBILITY_TEXTS.de,
  title: 'Anlagenbericht',
  intro: 'Zustand der smart-me-Installation auf {server}, wie Meterscope sie geladen hat.',
  factServer: 'Server',
  factAccount: 'Konto',
  factGenerated: 'Bericht erstellt',
  factDataAsOf: 'Daten vom',
  factSource: 'Quelle',
  sourceLive: 'live aus der smart-me-Cloud geladen',
  sourceCache: 'Offline-Speicher (die Cloud war nicht erreichbar)',
  factAge: 'Alter der Daten',
  factTimeZone: 'Zeitzone',
  factGenerator: 'Erstellt mit',
  staleWarning:
    'Offline: die smart-me-Cloud war nicht erreichbar ({code}). Diese Daten stammen aus dem Offline-Speicher, Stand {date} ({age} alt); die Installation kann sich seither geändert haben.',
  summaryHeading: 'Übersicht',
  totalDevices: 'Geräte',
  totalOnline: 'Online',
  totalOffline: 'Offline',
  totalGateways: 'M-Bus-Gateways',
  totalMeters: 'Zähler an Gateways',
  totalStale: 'Veraltete Zähler',
  totalProblems: 'Probleme beim Laden',
  totalPlausibility: 'Plausibilitätshinweise',
  notAvailable: 'nicht verfügbar',
  offlineHeading: 'Offline-Geräte ({count})',
  offlineIntro:
    'Seit {minutes} Minuten oder länger kein Wert (Offline-Regel von smart-me). Am längsten stille zuerst.',
  offlineNone: 'Alle Geräte sind online.',
  colSerial: 'Seriennummer',
  colName: 'Name',
  colType: 'Art',
  colFamily: 'Familie',
  colLastValue: 'Letzter Wert',
  colSilent: 'Still seit',
  never: 'nie',
  unnamed: '(ohne Namen)',
  gatewaysHeading: 'M-Bus-Gateways ({count})',
  gatewaysNone: 'Dieses Konto hat keine M-Bus-Gateways.',
  colGateway: 'Gateway',
  colState: 'Zustand',
  colInterval: 'Ausleseintervall',
  colLastSeen: 'Zuletzt gesehen',
  colMeters: 'Zähler',
  colStale: 'Veraltet',
  doctorHeading: 'Gateway-Doktor',
  doctorNone: 'Der Gateway-Doktor hat nichts zu beanstanden.',
  'doctor.quiet': 'Das Gateway war seit {age} nicht mehr zu sehen: Stromversorgung und Netzwerk prüfen.',
  staleHeading: 'Veraltete Zähler ({count})',
  staleIntro:
    'Letzter Wert älter als {hours} h (oder 2 × das Ausleseintervall des Gateways) oder gar keiner. Am längsten stille zuerst.',
  staleNone: 'Keine veralteten Zähler: jeder Zähler hat rechtzeitig einen Wert gesendet.',
  colAddress: 'Sekundäradresse',
  noDevice: 'kein smart-me-Gerät',
  problemsHeading: 'Probleme beim Laden ({count})',
  problemsNone: 'Alles wurde geladen.',
  colItem: 'Was',
  colCode: 'Code',
  colMessage: 'Meldung',
  plausibilityHeading: 'Plausibilitätshinweise',
  plausibilityIntro:
    'Geprüft an den Werten der Geräteliste: Phasenspannungen innerhalb 230 V ± 10 %, Zählerstände nicht negativ, Leistungsfaktoren zwischen −1 und 1, Tarife ergeben zusammen den Zählerstand.',
  plausibilityNone: 'Keine unplausiblen Werte.',
  plausibilityUnavailable:
    'Nicht verfügbar: die Werte der Geräteliste lagen beim Erstellen dieses Berichts nicht vor.',
  colDevice: 'Gerät',
  colHint: 'Hinweis',
  footer: 'Erstellt mit {generator}. Dieser Bericht enthält keine Passwörter, Tokens oder API-Schlüssel.',
};

const catalogs = { en, de } as const;

/** The text for `key` in `lang` with its placeholders filled in. */
export function reportText(
  lang: 'en' | 'de',
  key: ReportKey,
  vars: Record<string, string | number> = {},
): string {
  return catalogs[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** The text of a key built at run time (an enum name), or undefined when the catalog has none. */
export function reportTextOf(lang: 'en' | 'de', key: string): string | undefined {
  return (catalogs[lang] as Record<string, string>)[key];
}
