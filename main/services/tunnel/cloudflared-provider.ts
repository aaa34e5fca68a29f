import type { SpawnPort } from './child-process.ts';
import { parseCloudflaredLine } from './cloudflared-output.ts';
import { exitFailure } from './exit-failure.ts';
import { findBinary } from './find-binary.ts';
import { LineTail } from './line-splitter.ts';
import type { TunnelProvider } from './provider.ts';
import { TunnelError, tunnelFailure } from './tunnel-error.ts';
import type { CloudflaredTunnelSpec, TunnelFailure } from './types.ts';

const DOWNLOAD = 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/';

/** The command line of a quick tunnel to the local listener (IPv4 literal: `localhost` may resolve to ::1). */
export function cloudflaredArgs(localPort: number): string[] {
  return ['tunnel', '--no-autoupdate', '--url', `http://127.0.0.1:${localPort}`];
}

/**
 * A cloudflared quick tunnel: starts `cloudflared tunnel --url http://127.0.0.1:PORT`, takes the
 * `https://*.trycloudflare.com` URL from its log, and reports its own errors (429, failed quick tunnel,
 * edge connection errors) in its own words.
 */
export function cloudflaredProvider(
  spec: CloudflaredTunnelSpec,
  ports: { spawn: SpawnPort; env: NodeJS.ProcessEnv },
): TunnelProvider {
  return async (ctx) => {
    const binary = findBinary(spec.binary ?? 'cloudflared', ports.env.PATH);
    if (!binary) throw new TunnelError(notFound(spec.binary));
    const child = ports.spawn(binary, cloudflaredArgs(ctx.localPort), ports.env);
    const tail = new LineTail(30);
    let fatalSeen: TunnelFailure | undefined;
    let lastWarning: string | undefined;
    child.onLine((_stream, line) => {
      tail.add(line);
      ctx.log(line);
      const signal = parseCloudflaredLine(line);
      if (signal?.kind === 'url') ctx.urlAssigned(signal.url);
      else if (signal?.kind === 'fatal') fatalSeen ??= signal.failure;
      else if (signal?.kind === 'warning') lastWarning = signal.message;
    });
    void child.exited.then((exit) => {
      if (ctx.signal.aborted) return;
      if (exit.error)
        ctx.failed(
          exit.error.code === 'ENOENT'
            ? notFound(spec.binary)
            : tunnelFailure('process-exited', `cloudflared could not be started: ${exit.error.message}`),
        );
      else ctx.failed(exitFailure('cloudflared', fatalSeen, exit, tail.text()));
    });
    return {
      stop: async () => void (await child.stop()),
      hint: () => lastWarning,
      verifyTimeoutMs: 60_000,
    };
  };
}

function notFound(configured: string | undefined): TunnelFailure {
  return tunnelFailure(
    'binary-not-found',
    configured
      ? `cloudflared was not found at ${configured} (or is not executable). Fix the path in the tunnel settings.`
      : `cloudflared was not found on PATH. Install it (${DOWNLOAD}) or set its path in the tunnel settings.`,
  );
}
