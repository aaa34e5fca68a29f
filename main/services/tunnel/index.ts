/** The tunnel service: one interface over a given URL, cloudflared, ngrok and ssh -R, with an honest state. */
export { startTunnel, providerFor, type TunnelPorts } from './start-tunnel.ts';
export { createTunnel, type TunnelCorePorts } from './create-tunnel.ts';
export { nextTunnelState, type TunnelEvent } from './state-machine.ts';
export { TunnelError, tunnelFailure } from './tunnel-error.ts';
export { PROBE_HEADER, verifyThroughTunnel, type ExpectProbe, type ProbePost, type Sleep } from './verify.ts';
export { hookUrlFor, normalizePublicUrl } from './public-url.ts';
export { parseTunnelOption } from './tunnel-option.ts';
export { parseCloudflaredLine, type CloudflaredSignal } from './cloudflared-output.ts';
export { parseSshLine, type SshSignal } from './ssh-output.ts';
export { buildNgrokConfig, mapNgrokError } from './ngrok-config.ts';
export type { NgrokPort, NgrokListener } from './ngrok-provider.ts';
export type { SpawnPort, ChildHandle } from './child-process.ts';
export type { ProviderContext, ProviderRun, TunnelProvider } from './provider.ts';
export type * from './types.ts';
