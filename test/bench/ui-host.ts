import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type App } from '../../main/app.ts';
import { createRealtimeDecoder } from '../../main/services/decoder/realtime-decoder.ts';
import { createMemorySecretStore } from '../../main/services/secrets/memory-store.ts';
import { startSimulator } from '../../main/simulator/index.ts';
import { ensureRendererBuilt } from '../../main/web/ensure-renderer.ts';
import { startWebHost } from '../../main/web/web-host.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The browser host in demo mode, in this process (so the benchmark can publish frames into the app). */
export interface UiHost {
  url: string;
  app: App;
  rendererDir: string;
  close(): Promise<void>;
}

/**
 * Starts what `meterscope web --demo` starts (simulator, app, browser host with the built renderer), with a
 * fleet of `meters` stand-alone meters and a throw-away home folder.
 */
export async function startUiHost(meters: number): Promise<UiHost> {
  const rendererDir = await ensureRendererBuilt(ROOT, (line) => process.stderr.write(`${line}\n`));
  const home = await mkdtemp(join(tmpdir(), 'meterscope-bench-ui-'));
  const simulator = await startSimulator({ meters, gateways: 0 });
  const onInternalError = (error: unknown) => process.stderr.write(`app error: ${String(error)}\n`);
  const app = createApp({
    host: 'web',
    version: 'bench',
    home,
    secretStore: createMemorySecretStore(),
    demo: { baseUrl: simulator.baseUrl, credentials: simulator.credentials },
    decoder: createRealtimeDecoder(),
    onInternalError,
  });
  const web = await startWebHost({ app, rendererDir, onInternalError });
  return {
    url: web.url,
    app,
    rendererDir,
    close: async () => {
      await web.close();
      await app.close();
      await simulator.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}
