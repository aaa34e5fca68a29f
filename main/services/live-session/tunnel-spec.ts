import type { z } from 'zod';
import type { TunnelRequestSchema } from '../../../shared/contract/calls/live-schemas.ts';
import { ServiceError } from '../../ipc/service-error.ts';
import { NGROK_AUTHTOKEN_SECRET as NGROK_SECRET_KEY } from '../../app-secrets.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import type { TunnelSpec } from '../tunnel/types.ts';

/** The tunnel form's request, validated. */
export type TunnelRequest = z.output<typeof TunnelRequestSchema>;

/**
 * Turns the tunnel form into the tunnel service's spec. `none` is the listener's own local URL, proved by
 * the same self-probe as a real tunnel (the simulator on this computer reaches it). The ngrok authtoken
 * comes from the form (then kept in the secret store, where Settings keeps it too), else the store, else
 * NGROK_AUTHTOKEN.
 */
export async function tunnelSpecFor(
  request: TunnelRequest,
  localPort: number,
  secrets: SecretStore,
  env: Record<string, string | undefined>,
): Promise<TunnelSpec> {
  switch (request.kind) {
    case 'none':
      return { kind: 'url', url: `http://127.0.0.1:${localPort}` };
    case 'url':
      return { kind: 'url', url: request.url };
    case 'cloudflared':
      return request.binary ? { kind: 'cloudflared', binary: request.binary } : { kind: 'cloudflared' };
    case 'ngrok': {
      if (request.authtoken) await secrets.set(NGROK_SECRET_KEY, request.authtoken);
      const authtoken =
        request.authtoken || (await secrets.get(NGROK_SECRET_KEY)) || env.NGROK_AUTHTOKEN || '';
      if (!authtoken) {
        throw new ServiceError(
          'ngrok-authtoken-missing',
          'ngrok needs your authtoken (from dashboard.ngrok.com): enter it once, Meterscope keeps it in the token storage.',
        );
      }
      return request.domain
        ? { kind: 'ngrok', authtoken, domain: request.domain }
        : { kind: 'ngrok', authtoken };
    }
    case 'ssh': {
      const spec: TunnelSpec = { kind: 'ssh', target: request.target, remotePort: request.remotePort };
      if (request.port !== null) spec.port = request.port;
      return spec;
    }
  }
}
