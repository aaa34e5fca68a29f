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
 * name or the file's path as `detail`), the renderer words it. Main's English label is the fallback.
 */
export function storageText(storage: TokenStorage): string {
  const key = KEYS[storage.reason];
  return key ? t(key, { detail: storage.detail ?? '' }) : storage.label;
}
