import { randomBytes } from 'node:crypto';
import { spawnChild, type SpawnPort } from './child-process.ts';
import { cloudflaredProvider } from './cloudflared-provider.ts';
import { createTunnel, type TunnelCorePorts } from './create-tunnel.ts';
import { ngrokLibrary, ngrokProvider, type NgrokPort } from './ngrok-provider.ts';
import { postProbe, sleepFor } from './probe-post.ts';
import type { TunnelProvider } from './provider.ts';
import { sshProvider } from './ssh-provider.ts';
import type { Tunnel, TunnelSpec } from './types.ts';
import { urlProvider } from './url-provider.ts';

/**
 * What starting a tunnel needs from the app: the listener's port, secret path and probe sighting are
 * required; everything else defaults to the real thing (undici POST, node timers, child_process, ngrok).
 */
export type TunnelPorts = Pick<TunnelCorePorts, 'localPort' | 'secretPath' | 'expectProbe'> &
  Partial<Omit<TunnelCorePorts, 'localPort' | 'secretPath' | 'expectProbe'>> & {
    spawn?: SpawnPort;
    /** Environment for binary lookup (PATH) and the child processes. */
    env?: NodeJS.ProcessEnv;
    ngrok?: NgrokPort;
  };

/** Picks the provider for a spec: one interface, several ways to get a public URL. */
export function providerFor(spec: TunnelSpec, ports: TunnelPorts): TunnelProvider {
  const proc = { spawn: ports.spawn ?? spawnChild, env: ports.env ?? process.env };
  switch (spec.kind) {
    case 'url':
      return urlProvider(spec);
    case 'cloudflared':
      return cloudflaredProvider(spec, proc);
    case 'ssh':
      return sshProvider(spec, proc);
    case 'ngrok':
      return ngrokProvider(spec, ports.ngrok ?? ngrokLibrary);
  }
}

/**
 * Starts a tunnel to the local listener and returns at once; watch `onState`/`waitFor` for `url-assigned`,
 * `verified` (the self-probe arrived) and `receiving`, or `failed` with a cause. Always `stop()` it.
 */
export function startTunnel(spec: TunnelSpec, ports: TunnelPorts): Tunnel {
  return createTunnel(spec, providerFor(spec, ports), {
    ...ports,
    post: ports.post ?? postProbe,
    sleep: ports.sleep ?? sleepFor,
    randomToken: ports.randomToken ?? (() => randomBytes(16).toString('hex')),
  });
}
