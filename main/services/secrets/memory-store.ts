import type { SecretStore } from './secret-store.ts';

/** A store that forgets everything when the process ends: the default, and what tests use. */
export function createMemorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    get: async (key) => values.get(key),
    set: async (key, value) => void values.set(key, value),
    delete: async (key) => void values.delete(key),
    describe: () => ({
      kind: 'memory',
      encrypted: false,
      label: 'In memory only (forgotten when Meterscope exits)',
      reason: 'memory',
    }),
  };
}
