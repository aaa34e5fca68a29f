import type { MessageKey } from './en.ts';

/** German texts of the shell; `Record<MessageKey, string>` makes a missing translation a compile error. */
export const de: Record<MessageKey, string> = {
  'app.title': 'Meterscope',
  'app.skipToContent': 'Zum Inhalt springen',
  'nav.label': 'Ansichten',
  'nav.connect': 'Verbinden',
  'nav.devices': 'Geräte',
  'nav.gateways': 'Gateways',
  'nav.inspector': 'Geräteansicht',
  'nav.live': 'Live',
  'nav.decoder': 'Decoder',
  'nav.partner': 'Kunden',
  'nav.settings': 'Einstellungen',
  'header.language': 'Sprache',
  'header.theme': 'Farbschema',
  'theme.system': 'System',
  'theme.light': 'Hell',
  'theme.dark': 'Dunkel',
  'badge.storage': 'Token-Speicher',
  'badge.encrypted': 'verschlüsselt',
  'badge.notEncrypted': 'nicht verschlüsselt',
  'badge.demo': 'Demodaten (eingebauter Simulator)',
  'connection.connecting': 'Verbindung zu Meterscope wird aufgebaut…',
  'connection.closed': 'Die Verbindung zu Meterscope ist unterbrochen. Neuer Versuch läuft…',
  'connection.missingToken':
    'Diese Seite braucht die Adresse, die Meterscope ausgegeben hat (sie endet auf #token=…). Öffnen Sie diese Adresse erneut.',
  'placeholder.body': 'Diese Ansicht folgt in einer späteren Version.',
};
