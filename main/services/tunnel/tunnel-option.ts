import { TunnelError, tunnelFailure } from './tunnel-error.ts';
import type { TunnelSpec } from './types.ts';

const FORMS = 'url:<public-url>, cloudflared[:<path>], ngrok or ssh:<user@host>[:<ssh-port>]';

/**
 * Reads the `--tunnel` option of `meterscope listen` into a spec. The ngrok authtoken comes from
 * NGROK_AUTHTOKEN (ngrok's own variable), never from the command line where `ps` would show it.
 */
export function parseTunnelOption(text: string, env: Record<string, string | undefined>): TunnelSpec {
  const colon = text.indexOf(':');
  const kind = colon < 0 ? text : text.slice(0, colon);
  const rest = colon < 0 ? '' : text.slice(colon + 1);
  switch (kind) {
    case 'url':
      if (!rest) break;
      return { kind: 'url', url: rest };
    case 'cloudflared':
      return rest ? { kind: 'cloudflared', binary: rest } : { kind: 'cloudflared' };
    case 'ngrok':
      if (rest) break;
      return { kind: 'ngrok', authtoken: env.NGROK_AUTHTOKEN ?? '' };
    case 'ssh': {
      const port = /^([^:]+):(\d{1,5})$/.exec(rest);
      if (port?.[1] && port[2]) return { kind: 'ssh', target: port[1], port: Number(port[2]) };
      if (rest) return { kind: 'ssh', target: rest };
      break;
    }
  }
  throw new TunnelError(tunnelFailure('bad-spec', `--tunnel "${text}" is not understood. Use ${FORMS}.`));
}
