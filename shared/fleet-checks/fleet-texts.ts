/**
 * The fleet's names and advice in English and German (energy types, gateway and meter states, the gateway
 * doctor's hints): one wording for the views and the site report, so a customer's report says what the
 * technician saw on screen. Keys are prefixed so each catalog can take them in as they are.
 */

/** MeterEnergyType 0…13 by `energy.<n>`. */
export const ENERGY_TYPE_TEXTS = {
  en: {
    'energy.0': 'Unknown',
    'energy.1': 'Electricity',
    'energy.2': 'Water',
    'energy.3': 'Gas',
    'energy.4': 'Heat',
    'energy.5': 'Heat cost allocator',
    'energy.6': 'All meters',
    'energy.7': 'Temperature',
    'energy.8': 'M-Bus gateway',
    'energy.9': 'RS-485 gateway',
    'energy.10': 'Custom device',
    'energy.11': 'Compressed air',
    'energy.12': 'Solar-Log',
    'energy.13': 'Virtual meter',
  },
  de: {
    'energy.0': 'Unbekannt',
    'energy.1': 'Strom',
    'energy.2': 'Wasser',
    'energy.3': 'Gas',
    'energy.4': 'Wärme',
    'energy.5': 'Heizkostenverteiler',
    'energy.6': 'Alle Zähler',
    'energy.7': 'Temperatur',
    'energy.8': 'M-Bus-Gateway',
    'energy.9': 'RS-485-Gateway',
    'energy.10': 'Eigenes Gerät',
    'energy.11': 'Druckluft',
    'energy.12': 'Solar-Log',
    'energy.13': 'Virtueller Zähler',
  },
} as const;

/** M-Bus gateway states (`gwState.<name>`) and meter states (`meterState.<name>`) as smart-me names them. */
export const MBUS_STATE_TEXTS = {
  en: {
    'gwState.LastReadoutOk': 'Last readout OK',
    'gwState.SearchInProgress': 'Search in progress',
    'gwState.FailedOnOneOrMoreMeter': 'Failed on one or more meters',
    'gwState.TooManySearchErrors': 'Too many search errors',
    'meterState.LastReadoutOk': 'OK',
    'meterState.LastReadoutFailed': 'Readout failed',
    'meterState.ReadoutStarted': 'Readout started',
    'meterState.CRCError': 'CRC error',
  },
  de: {
    'gwState.LastReadoutOk': 'Letzte Auslesung OK',
    'gwState.SearchInProgress': 'Suche läuft',
    'gwState.FailedOnOneOrMoreMeter': 'Fehler bei einem oder mehreren Zählern',
    'gwState.TooManySearchErrors': 'Zu viele Suchfehler',
    'meterState.LastReadoutOk': 'OK',
    'meterState.LastReadoutFailed': 'Auslesung fehlgeschlagen',
    'meterState.ReadoutStarted': 'Auslesung gestartet',
    'meterState.CRCError': 'CRC-Fehler',
  },
} as const;

/** The gateway doctor's hints by `doctor.<kind>` (`doctor.quiet` is each catalog's own: its tense differs). */
export const DOCTOR_TEXTS = {
  en: {
    'doctor.tooShort':
      'The interval ({interval}) is shorter than one pass over its {count} meters takes (about {needed} at 3 s per meter). Meters will be read less often than set.',
    'doctor.belowRecommended':
      'smart-me recommends 10 s per meter: at least {recommended} for {count} meters (e.g. {suggestion}).',
    'doctor.noMeters': 'No meters yet: start a meter search, or add the meters in the smart-me portal.',
    'doctor.withoutDevice':
      '{count} meter(s) have no smart-me device (phantom or not yet assigned): their values go nowhere.',
    'doctor.failing': '{count} meter(s) failed at the last readout: check wiring, address and baud rate.',
    'doctor.searchErrors': 'The search stopped after too many errors: check the bus wiring and termination.',
  },
  de: {
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
  },
} as const;

/** The plausibility hints by `hint.<kind>` (shared/fleet-checks/plausibility.ts), as the Inspector and the report say them. */
export const PLAUSIBILITY_TEXTS = {
  en: {
    'hint.voltageLow': '{phase}: {value} V is below the 207 V band (230 V − 10 %).',
    'hint.voltageHigh': '{phase}: {value} V is above the 253 V band (230 V + 10 %).',
    'hint.voltageMissing': '{phase}: no voltage. Check the fuse and the wiring of this phase.',
    'hint.negativeCounter': '{name} ({code}) is negative: counters never fall below zero.',
    'hint.powerFactor': '{name} ({code}) is {value}: a power factor lies between −1 and 1.',
    'hint.counterFell':
      'The counter fell from {from} to {to} at {date}: counters never fall (meter exchanged or reset?).',
    'hint.tariffSum':
      '{name} ({code}) is {total}, but its {count} tariff registers add up to {sum}: check the tariff switching, or whether a register was reset.',
  },
  de: {
    'hint.voltageLow': '{phase}: {value} V liegt unter dem Band von 207 V (230 V − 10 %).',
    'hint.voltageHigh': '{phase}: {value} V liegt über dem Band von 253 V (230 V + 10 %).',
    'hint.voltageMissing': '{phase}: keine Spannung. Sicherung und Verdrahtung dieser Phase prüfen.',
    'hint.negativeCounter': '{name} ({code}) ist negativ: Zählerstände fallen nie unter null.',
    'hint.powerFactor': '{name} ({code}) ist {value}: ein Leistungsfaktor liegt zwischen −1 und 1.',
    'hint.counterFell':
      'Der Zählerstand fiel am {date} von {from} auf {to}: Zählerstände fallen nie (Zähler getauscht oder zurückgesetzt?).',
    'hint.tariffSum':
      '{name} ({code}) ist {total}, aber die {count} Tarifregister ergeben zusammen {sum}: Tarifumschaltung prüfen, oder ob ein Register zurückgesetzt wurde.',
  },
} as const;
