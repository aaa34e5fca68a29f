import type { TunnelProvider } from './provider.ts';
import { normalizePublicUrl } from './public-url.ts';
import type { UrlTunnelSpec } from './types.ts';

/**
 * A public URL the user already has (own reverse proxy, or ngrok/cloudflared run by hand). Nothing to
 * start: the URL is "assigned" at once and the probe decides whether it really reaches this listener.
 */
export function urlProvider(spec: UrlTunnelSpec): TunnelProvider {
  return async (ctx) => {
    const url = normalizePublicUrl(spec.url);
    ctx.urlAssigned(url);
    return {
      stop: async () => undefined,
      hint: () =>
        `Check that ${url} forwards POST requests (path included) to http://127.0.0.1:${ctx.localPort} on this computer.`,
    };
  };
}
