import { buildNgrokConfig, mapNgrokError, type NgrokForwardConfig } from './ngrok-config.ts';
import type { TunnelProvider } from './provider.ts';
import { TunnelError, tunnelFailure } from './tunnel-error.ts';
import type { NgrokTunnelSpec } from './types.ts';

/** The part of an `@ngrok/ngrok` Listener Meterscope uses. */
export interface NgrokListener {
  url(): string | null;
  close(): Promise<void>;
}

/** The port to the ngrok library: `forward(config)`; tests pass their own (ngrok needs the internet). */
export interface NgrokPort {
  forward(config: NgrokForwardConfig): Promise<NgrokListener>;
}

/** The real port: loads the native `@ngrok/ngrok` module only when an ngrok tunnel is actually started. */
export const ngrokLibrary: NgrokPort = {
  async forward(config) {
    const ngrok = await import('@ngrok/ngrok');
    return ngrok.forward(config);
  },
};

/** An ngrok endpoint forwarding to the listener, with the user's authtoken; errors mapped to ERR_NGROK_* advice. */
export function ngrokProvider(spec: NgrokTunnelSpec, port: NgrokPort): TunnelProvider {
  return async (ctx) => {
    const config = buildNgrokConfig(spec, ctx.localPort);
    let listener: NgrokListener;
    try {
      listener = await port.forward(config);
    } catch (e) {
      throw new TunnelError(mapNgrokError(e, config.authtoken));
    }
    const stop = async () => void (await listener.close().catch(() => undefined));
    const url = listener.url();
    if (!url) {
      await stop();
      throw new TunnelError(tunnelFailure('no-url', 'ngrok started but reported no public URL.'));
    }
    ctx.log(`ngrok endpoint ${url} forwards to ${config.addr}`);
    ctx.urlAssigned(url);
    return {
      stop,
      hint: () =>
        'ngrok is up but did not deliver the probe; check the ngrok dashboard for errors on this endpoint.',
    };
  };
}
