import { app, BrowserWindow, safeStorage, session } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createApp, type DemoSession } from '../app.ts';
import { redactSecrets } from '../ipc/redact.ts';
import { createRealtimeDecoder } from '../services/decoder/realtime-decoder.ts';
import { meterscopeHome } from '../services/secrets/meterscope-home.ts';
import { createSettingsService } from '../services/settings/settings-service.ts';
import { registerAppScheme, serveAppProtocol } from './app-protocol.ts';
import { forwardEvents, registerContractIpc, type KnownWindows } from './ipc-bridge.ts';
import { createSafeStorageSecretStore } from './safe-storage-store.ts';
import { externalHosts } from './security-policy.ts';
import { guardAllWebContents, hardenSession } from './session-guards.ts';
import { createMainWindow } from './window.ts';

// The desktop host's entry (bundled to dist/main/electron.cjs, so __dirname is dist/main).
const rendererDir = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');
const home = meterscopeHome(process.env, homedir());
const wantsDemo = process.argv.includes('--demo') || process.env.METERSCOPE_DEMO === '1';

const logError = (error: unknown, context: { call?: string; event?: string } = {}) => {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(
    `meterscope: unexpected error in ${context.call ?? context.event ?? 'app'}: ${redactSecrets(text)}`,
  );
};

registerAppScheme();
app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

let baseUrl = 'https://api.smart-me.com';
guardAllWebContents(() => externalHosts(baseUrl));
const known: KnownWindows = new Set();

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  serveAppProtocol(rendererDir);
  const { settings } = await createSettingsService(home).get();
  baseUrl = settings.baseUrl;
  let demo: (DemoSession & { close(): Promise<void> }) | null = null;
  if (wantsDemo) {
    const { startSimulator } = await import('../simulator/index.ts');
    demo = await startSimulator();
  }
  const core = createApp({
    host: 'electron',
    version: app.getVersion(),
    home,
    secretStore: createSafeStorageSecretStore({
      safeStorage,
      dir: home,
      platform: process.platform,
      allowBasicText: settings.security.allowUnencryptedKeyring,
    }),
    demo,
    decoder: createRealtimeDecoder(),
    onInternalError: logError,
  });
  core.settings.onChange((state) => (baseUrl = state.settings.baseUrl));
  registerContractIpc(core, known, logError);
  const open = () => forwardEvents(core, createMainWindow(preloadPath), known);
  open();
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && open());
  app.on('will-quit', () => {
    void core.close();
    void demo?.close();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.whenReady().then(start, (e: unknown) => {
  logError(e);
  app.quit();
});
