import type { Tunnel, TunnelCorePorts, TunnelSpec } from '../tunnel/index.ts';
import { basicAuthHeader, type BasicCredentials } from './basic-auth.ts';
import type { Listener } from './listener.ts';

/** Starts a tunnel: the tunnel service's `startTunnel`, a port for the caller's env and tests' stand-ins. */
export type StartTunnel = (
  spec: TunnelSpec,
  ports: Pick<TunnelCorePorts, 'localPort' | 'secretPath' | 'expectProbe' | 'probeHeaders'>,
) => Tunnel;

/**
 * Starts the tunnel of a live session and returns at once (watch its state): the self-probe goes to the
 * listener's secret path with the Basic credentials it requires, and each frame the listener emits tells
 * the tunnel it is `receiving`. The CLI waits for `verified`; the Live view shows the states as they come.
 */
export function startProbedTunnel(
  listener: Listener,
  spec: TunnelSpec,
  start: StartTunnel,
  basicAuth?: BasicCredentials | null,
): Tunnel {
  const tunnel = start(spec, {
    localPort: listener.port,
    secretPath: `/${listener.secret}`,
    expectProbe: listener.expectProbe,
    ...(basicAuth ? { probeHeaders: { authorization: basicAuthHeader(basicAuth) } } : {}),
  });
  listener.onFrame(() => tunnel.frameReceived());
  return tunnel;
}
