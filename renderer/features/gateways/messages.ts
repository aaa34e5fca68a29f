import { defineMessages } from '../../lib/i18n/feature-messages.ts';

/** The Gateways view's texts. */
export const t = defineMessages(
  {
    loading: 'Loading gateways',
    none: 'This account has no M-Bus gateways.',
    gatewayLabel: 'Gateway {name}',
    state: 'State',
    interval: 'Readout interval',
    lastSeen: 'Last seen',
    serial: 'Serial number',
    meterCount: 'Meters',
    ago: '{age} ago',
    metersLabel: 'Meters of {name}',
    colName: 'Name',
    colAddress: 'Secondary address',
    colState: 'State',
    colLastValue: 'Last value',
    colStale: 'Stale',
    colGateway: 'Gateway',
    colAge: 'Age',
    yes: 'yes',
    no: 'no',
    noValue: 'never',
    noMeters: 'No meters are defined on this gateway.',
    staleHeading: 'Stale meters (no value for more than {hours} h)',
    staleNone: 'No stale meters: every meter sent a value within {hours} h.',
    staleTable: 'Stale meters',
    search: 'Start meter search',
    searchTitle: 'Start an M-Bus search on {name}?',
    searchBody:
      'The gateway scans the bus for meters. While it searches it does not read its meters, and meters it finds are added.',
    searchConfirm: 'Start search',
    changeInterval: 'Change readout interval',
    newInterval: 'New readout interval',
    intervalTitle: 'Change the readout interval of {name}?',
    intervalBody: 'From {from} to {to}. The gateway reads its {count} meters one after another.',
    intervalConfirm: 'Change interval',
    cancel: 'Cancel',
    refresh: 'Refresh gateway',
    done: 'Done: {name} is now "{state}", readout {interval}.',
    failed: 'Not changed: {message}',
    'state.LastReadoutOk': 'Last readout OK',
    'state.SearchInProgress': 'Search in progress',
    'state.FailedOnOneOrMoreMeter': 'Failed on one or more meters',
    'state.TooManySearchErrors': 'Too many search errors',
    'meter.LastReadoutOk': 'OK',
    'meter.LastReadoutFailed': 'Readout failed',
    'meter.ReadoutStarted': 'Readout started',
    'meter.CRCError': 'CRC error',
    doctor: 'Gateway doctor',
    'doctor.tooShort':
      'The interval ({interval}) is shorter than one pass over its {count} meters takes (about {needed} at 3 s per meter). Meters will be read less often than set.',
    'doctor.belowRecommended':
      'smart-me recommends 10 s per meter: at least {recommended} for {count} meters (e.g. {suggestion}).',
    'doctor.noMeters': 'No meters yet: start a meter search, or add the meters in the smart-me portal.',
    'doctor.withoutDevice':
      '{count} meter(s) have no smart-me device (phantom or not yet assigned): their values go nowhere.',
    'doctor.failing': '{count} meter(s) failed at the last readout: check wiring, address and baud rate.',
    'doctor.searchErrors': 'The search stopped after too many errors: check the bus wiring and termination.',
    'doctor.quiet': 'The gateway has not been seen for {age}: check its power and network.',
  },
  {
    loading: 'Gateways werden geladen',
    none: 'Dieses Konto hat keine M-Bus-Gateways.',
    gatewayLabel: 'Gateway {name}',
    state: 'Zustand',
    interval: 'Ausleseintervall',
    lastSeen: 'Zuletzt gesehen',
    serial: 'Seriennummer',
    meterCount: 'Zähler',
    ago: 'vor {age}',
    metersLabel: 'Zähler von {name}',
    colName: 'Name',
    colAddress: 'Sekundäradresse',
    colState: 'Zustand',
    colLastValue: 'Letzter Wert',
    colStale: 'Veraltet',
    colGateway: 'Gateway',
    colAge: 'Alter',
    yes: 'ja',
    no: 'nein',
    noValue: 'nie',
    noMeters: 'Auf diesem Gateway sind keine Zähler definiert.',
    staleHeading: 'Veraltete Zähler (seit mehr als {hours} h kein Wert)',
    staleNone: 'Keine veralteten Zähler: jeder Zähler hat innert {hours} h einen Wert gesendet.',
    staleTable: 'Veraltete Zähler',
    search: 'Zählersuche starten',
    searchTitle: 'M-Bus-Suche auf {name} starten?',
    searchBody:
      'Das Gateway durchsucht den Bus nach Zählern. Während der Suche liest es keine Zähler aus; gefundene Zähler werden hinzugefügt.',
    searchConfirm: 'Suche starten',
    changeInterval: 'Ausleseintervall ändern',
    newInterval: 'Neues Ausleseintervall',
    intervalTitle: 'Ausleseintervall von {name} ändern?',
    intervalBody: 'Von {from} auf {to}. Das Gateway liest seine {count} Zähler nacheinander aus.',
    intervalConfirm: 'Intervall ändern',
    cancel: 'Abbrechen',
    refresh: 'Gateway aktualisieren',
    done: 'Erledigt: {name} ist jetzt «{state}», Auslesung {interval}.',
    failed: 'Nicht geändert: {message}',
    'state.LastReadoutOk': 'Letzte Auslesung OK',
    'state.SearchInProgress': 'Suche läuft',
    'state.FailedOnOneOrMoreMeter': 'Fehler bei einem oder mehreren Zählern',
    'state.TooManySearchErrors': 'Zu viele Suchfehler',
    'meter.LastReadoutOk': 'OK',
    'meter.LastReadoutFailed': 'Auslesung fehlgeschlagen',
    'meter.ReadoutStarted': 'Auslesung gestartet',
    'meter.CRCError': 'CRC-Fehler',
    doctor: 'Gateway-Doktor',
    'doctor.tooShort':
      'Das Intervall ({interval}) ist kürzer als ein Durchgang über die {count} Zähler dauert (etwa {needed} bei 3 s pro Zähler). Die Zähler werden seltener gelesen als eingestellt.',
    'doctor.belowRecommended':
      'smart-me empfiehlt 10 s pro Zähler: mindestens {recommended} für {count} Zähler (z. B. {suggestion}).',
    'doctor.noMeters':
      'Noch keine Zähler: eine Zählersuche starten oder die Zähler im smart-me-Portal hinzufügen.',
    'doctor.withoutDevice':
      '{count} Zähler ohne smart-me-Gerät (Phantom oder noch nicht zugeordnet): ihre Werte landen nirgends.',
    'doctor.failing':
      '{count} Zähler bei der letzten Auslesung fehlgeschlagen: Verdrahtung, Adresse und Baudrate prüfen.',
    'doctor.searchErrors': 'Die Suche brach nach zu vielen Fehlern ab: Busverdrahtung und Abschluss prüfen.',
    'doctor.quiet': 'Das Gateway wurde seit {age} nicht gesehen: Stromversorgung und Netzwerk prüfen.',
  },
);

/** A message key of this view. */
export type GatewaysKey = Parameters<typeof t>[0];

/** A gateway or meter state name in words; names of a newer API are shown as sent. */
export function stateText(prefix: 'state' | 'meter', name: string): string {
  const key = `${prefix}.${name}`;
  const known = [
    'state.LastReadoutOk',
    'state.SearchInProgress',
    'state.FailedOnOneOrMoreMeter',
    'state.TooManySearchErrors',
    'meter.LastReadoutOk',
    'meter.LastReadoutFailed',
    'meter.ReadoutStarted',
    'meter.CRCError',
  ];
  return known.includes(key) ? t(key as GatewaysKey) : name;
}
