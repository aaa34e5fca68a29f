import { rendererCsp } from '../web/csp.ts';

/**
 * Every security setting of the desktop host, in one place and as plain data and pure functions, so unit tests
 * check them without Electron. window.ts, app-protocol.ts and ipc-bridge.ts only apply what is decided here.
 * Each guard is named after the item of Electron's security checklist it meets
 * (https://www.electronjs.org/docs/latest/tutorial/security).
 */

// #region Security checklist

/** The app's own origin: the renderer is served from `app://meterscope/`, never from file:// or the network. */
export const APP_SCHEME = 'app';
/** The one host of the app scheme; any other host is refused. */
export const APP_HOST = 'meterscope';
/** `app://meterscope`: the only origin allowed to call main over IPC. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The privileges of the app scheme: a standard, secure origin (like https), nothing more. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
} as const;

/**
 * Checklist 2 (no Node.js integration for remote content), 3 (context isolation), 4 (sandbox), 6 (do not
 * disable webSecurity), 8 (no allowRunningInsecureContent), 9 (no experimental features), 10 (no
 * enableBlinkFeatures), 12 (no <webview>): the window's webPreferences.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  } as const;
}

/** Checklist 7 (define a Content Security Policy): the same strict policy as the browser host, minus WebSockets. */
export const CONTENT_SECURITY_POLICY = rendererCsp();

/** Checklist 1 (only load secure content) and "no remote content": the renderer may load only its own files. */
export function isAllowedRequestUrl(url: string): boolean {
  const parsed = safeUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  return parsed.protocol === 'devtools:' || parsed.protocol === 'data:';
}

/** Checklist 13 (disable or limit navigation): the window stays on the app's own pages. */
export function isNavigationAllowed(url: string): boolean {
  const parsed = safeUrl(url);
  return parsed !== undefined && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** Checklist 14 (disable or limit creation of new windows): never a new window, at most the system browser. */
export function windowOpenAction(url: string, externalHosts: readonly string[]) {
  return { action: 'deny' as const, openExternally: isAllowedExternalUrl(url, externalHosts) };
}

/**
 * Checklist 15 (do not use shell.openExternal with untrusted content): only https, and only the smart-me
 * hosts (plus the configured API host), never file:, smb:, javascript: or a lookalike host.
 */
export function isAllowedExternalUrl(url: string, externalHosts: readonly string[]): boolean {
  const parsed = safeUrl(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  return externalHosts.includes(parsed.hostname.toLowerCase());
}

/** The hosts `shell.openExternal` may open: smart-me's sites, plus the API host from the settings if https. */
export function externalHosts(baseUrl: string): string[] {
  const hosts = [
    'smart-me.com',
    'www.smart-me.com',
    'api.smart-me.com',
    'doc.smart-me.com',
    'dok.smart-me.com',
  ];
  const configured = safeUrl(baseUrl);
  if (configured?.protocol === 'https:' && !hosts.includes(configured.hostname))
    hosts.push(configured.hostname);
  return hosts;
}

/** Checklist 5 (handle session permission requests): camera, notifications, geolocation… all refused. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/** What the IPC sender check looks at, taken from the IPC event by ipc-bridge.ts. */
export interface IpcSenderFacts {
  webContentsId: number;
  /** `event.senderFrame.url`; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** True when the sending frame is the top-level frame (no iframe). */
  isMainFrame: boolean;
}

/** Checklist 17 (validate the sender of all IPC messages): a known window, its main frame, the app origin. */
export function isTrustedIpcSender(facts: IpcSenderFacts, knownWebContents: ReadonlySet<number>): boolean {
  if (!knownWebContents.has(facts.webContentsId) || !facts.isMainFrame || facts.frameUrl === undefined)
    return false;
  const parsed = safeUrl(facts.frameUrl);
  return parsed !== undefined && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * Electron Fuses (checklist 19), flipped at packaging time by electron-builder.yml; listed here so the unit
 * tests and the packaging check hold the config to the same list.
 */
export const REQUIRED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
} as const;

// #endregion

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
