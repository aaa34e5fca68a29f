import { createHash } from 'node:crypto';
import { normalizeWebhookUrl } from './webhook-url.ts';

/**
 * Remembers which webhook URLs Meterscope has used, so a registration that still points at one of them is
 * recognised as stale in a later run. Only SHA-256 digests are stored: the URLs carry the listener secret.
 */
export interface KnownHookUrlStore {
  load(): Promise<string[]>;
  save(digests: string[]): Promise<void>;
}

/** The digest of a URL's normal form (what the store keeps). */
export function hookUrlDigest(url: string): string {
  return createHash('sha256')
    .update(normalizeWebhookUrl(url) ?? url)
    .digest('hex');
}

/** A store that forgets on exit; the default, and what tests use. The app wires a settings-backed one. */
export function memoryKnownHookUrlStore(initial: string[] = []): KnownHookUrlStore {
  let digests = [...initial];
  return {
    load: async () => [...digests],
    save: async (next) => void (digests = [...next]),
  };
}
