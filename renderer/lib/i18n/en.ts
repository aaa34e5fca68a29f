/** English texts of the shell. The keys are the contract for de.ts: the compiler checks every key exists there. */
export const en = {
  'app.title': 'Meterscope',
  'app.skipToContent': 'Skip to content',
  'nav.label': 'Views',
  'nav.connect': 'Connect',
  'nav.devices': 'Devices',
  'nav.gateways': 'Gateways',
  'nav.inspector': 'Inspector',
  'nav.live': 'Live',
  'nav.decoder': 'Decoder',
  'nav.partner': 'Customers',
  'nav.settings': 'Settings',
  'header.language': 'Language',
  'header.theme': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'badge.storage': 'Token storage',
  'badge.encrypted': 'encrypted',
  'badge.notEncrypted': 'not encrypted',
  'badge.demo': 'Demo data (built-in simulator)',
  'connection.connecting': 'Connecting to Meterscope…',
  'connection.closed': 'The connection to Meterscope was lost. Reconnecting…',
  'connection.missingToken':
    'This page needs the address Meterscope printed (it ends with #token=…). Open that address again.',
  'placeholder.body': 'This view is coming in a later build.',
} as const;

/** A text key of the shell. */
export type MessageKey = keyof typeof en;
