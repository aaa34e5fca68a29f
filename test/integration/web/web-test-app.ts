import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../../main/app.ts';
import { createMemorySecretStore } from '../../../main/services/secrets/memory-store.ts';
import type { SecretStore } from '../../../main/services/secrets/secret-store.ts';

/** What a browser-host test needs: a renderer folder, the app serving it, and the clean-up of both. */
export interface WebTestApp {
  /** The renderer folder (only an index.html); the app's home is inside it. */
  dir: string;
  app: App;
  /** Closes the app and deletes the folder. */
  dispose(): Promise<void>;
}

/**
 * A throw-away renderer folder holding `indexHtml` and a web-mode app whose home lives inside it, so every
 * browser-host test starts from the same clean, real app and leaves nothing behind.
 */
export async function webTestApp(options: {
  version: string;
  indexHtml: string;
  secretStore?: SecretStore;
  onInternalError: (error: unknown) => void;
}): Promise<WebTestApp> {
  const dir = await mkdtemp(join(tmpdir(), 'meterscope-web-'));
  await writeFile(join(dir, 'index.html'), options.indexHtml);
  const app = createApp({
    host: 'web',
    version: options.version,
    home: join(dir, 'home'),
    secretStore: options.secretStore ?? createMemorySecretStore(),
    onInternalError: options.onInternalError,
  });
  return {
    dir,
    app,
    dispose: async () => {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
