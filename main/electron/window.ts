import { BrowserWindow } from 'electron';
import { APP_ORIGIN, secureWebPreferences } from './security-policy.ts';

/** Opens the main window with the policy's webPreferences, shown once painted (no white flash). */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Meterscope',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
