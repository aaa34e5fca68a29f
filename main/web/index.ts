/** The browser host: the same app and contract as the desktop, in a browser, on loopback only. */
export { startWebHost, SOCKET_PATH, type WebHost, type WebHostOptions } from './web-host.ts';
export { rendererCsp } from './csp.ts';
