import type { CallResponse } from '../../../shared/contract/types.ts';
import { t } from './messages.ts';

type TokenStorage = CallResponse<'app:info'>['tokenStorage'];

const KEYS = {
  memory: 'storeMemory',
  'no-keychain': 'storeNoKeychain',
  'basic-text-refused': 'storeBasicTextRefused',
  'basic-text-allowed': 'storeBasicTextAllowed',
  encrypted: 'storeEncrypted',
  'plain-file': 'storePlainFile',
} as const;

/**
 * Where logins are kept, in the UI's language: main describes the case (`reason`, with the keychain's
 * name or the file's path as `detail`), the renderer words it (main's English `label` is for the CLI).
 */
export function storageText(storage: TokenStorage): string {
  return t(KEYS[storage.reason], { detail: storage.detail ?? '' });
}
