import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../web/csp.ts';
import { readStaticFile } from '../web/static-files.ts';
import { APP_HOST, APP_SCHEME, APP_SCHEME_PRIVILEGES, CONTENT_SECURITY_POLICY } from './security-policy.ts';

/** Must run before the app is ready: declares `app://` a standard, secure scheme (see security-policy.ts). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/**
 * Serves the built renderer on `app://meterscope/` with the strict CSP as a response header (stronger than a
 * meta tag: it applies before any byte of the page is parsed). Any other host of the scheme gets a 404.
 */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found.', { status: 404 });
    const file = await readStaticFile(rendererDir, url.pathname);
    return new Response(new Uint8Array(Buffer.from(file.body)), {
      status: file.status,
      headers: {
        'content-type': file.contentType,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        ...SECURITY_HEADERS,
      },
    });
  });
}
