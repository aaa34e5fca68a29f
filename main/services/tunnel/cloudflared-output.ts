import { tunnelFailure } from './tunnel-error.ts';
import type { TunnelFailure } from './types.ts';

/**
 * What one line of cloudflared's stderr means to us. cloudflared has no machine-readable output for quick
 * tunnels, so its log lines (zerolog console format, `2024-01-01T00:00:00Z INF ...`) are the interface.
 */
export type CloudflaredSignal =
  | { kind: 'url'; url: string }
  | { kind: 'connected'; location?: string }
  | { kind: 'fatal'; failure: TunnelFailure }
  | { kind: 'warning'; message: string };

const QUICK_URL = /https:\/\/(?!api\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.trycloudflare\.com\b/i;
const STATUS_CODE = /status_code="(\d{3})([^"]*)"/;
const LOCATION = /\blocation=(\S+)/;
const ERROR_FIELD = /\berror="((?:[^"\\]|\\.)*)"/;

const ANOTHER_KIND = 'or use ngrok, an SSH tunnel or your own public URL instead';

/** Parses one stderr line of `cloudflared tunnel --url ...`; undefined for lines that carry no signal. */
export function parseCloudflaredLine(line: string): CloudflaredSignal | undefined {
  const status = STATUS_CODE.exec(line);
  if (status && /QuickTunnel response|quick Tunnel/i.test(line)) return quickTunnelHttpError(status);
  if (/failed to unmarshal quick Tunnel|failed to parse quick Tunnel ID/.test(line)) {
    return fatal(
      'quick-tunnel-refused',
      `Cloudflare did not hand out a quick tunnel (the trycloudflare service answered with something that is not a tunnel). Try again in a few minutes, ${ANOTHER_KIND}.`,
    );
  }
  if (/failed to request quick Tunnel|failed to read quick-tunnel response/.test(line)) {
    return fatal(
      'quick-tunnel-unreachable',
      'cloudflared could not reach trycloudflare.com to request a tunnel. Check the internet connection, DNS, and any proxy or firewall on this network.',
    );
  }
  const url = QUICK_URL.exec(line);
  if (url) return { kind: 'url', url: url[0].toLowerCase() };
  if (/Registered tunnel connection|Connection [0-9a-f-]+ registered/.test(line)) {
    const location = LOCATION.exec(line)?.[1];
    return location ? { kind: 'connected', location } : { kind: 'connected' };
  }
  if (/Unable to reach the origin service/.test(line)) {
    return {
      kind: 'warning',
      message: 'cloudflared reached Cloudflare but cannot reach the local listener on this computer.',
    };
  }
  if (/\b(ERR|WRN)\b/.test(line) && /edge|quic connection|Serve tunnel error|7844/i.test(line)) {
    const why = ERROR_FIELD.exec(line)?.[1];
    return {
      kind: 'warning',
      message: `cloudflared cannot connect to the Cloudflare network (outbound TCP/UDP port 7844 may be blocked)${why ? `: ${why}` : ''}.`,
    };
  }
  return undefined;
}

function quickTunnelHttpError(status: RegExpExecArray): CloudflaredSignal {
  const code = status[1] ?? '';
  const text = `${code}${status[2] ?? ''}`;
  if (code === '429') {
    return fatal(
      'rate-limited',
      `Cloudflare refused a new quick tunnel: too many requests from this network (HTTP ${text}). Wait a while before trying again, ${ANOTHER_KIND}.`,
    );
  }
  return fatal(
    'quick-tunnel-refused',
    `Cloudflare refused a new quick tunnel (HTTP ${text}). Try again later, ${ANOTHER_KIND}.`,
  );
}

function fatal(code: TunnelFailure['code'], message: string): CloudflaredSignal {
  return { kind: 'fatal', failure: tunnelFailure(code, message) };
}
