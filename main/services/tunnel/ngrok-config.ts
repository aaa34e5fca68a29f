import { TunnelError, tunnelFailure } from './tunnel-error.ts';
import { redactSecrets } from './redact.ts';
import type { NgrokTunnelSpec, TunnelFailure } from './types.ts';

/** The subset of `@ngrok/ngrok`'s forward() config Meterscope sets (kept structural: the library is optional at runtime). */
export interface NgrokForwardConfig {
  addr: string;
  authtoken: string;
  authtoken_from_env: false;
  proto: 'http';
  forwards_to: string;
  domain?: string;
}

const TOKEN_PAGE = 'https://dashboard.ngrok.com/get-started/your-authtoken';

/**
 * Builds the forward() config for the local listener. Refuses early without an authtoken: ngrok would
 * only fail later with ERR_NGROK_4018 after a network round trip.
 */
export function buildNgrokConfig(spec: NgrokTunnelSpec, localPort: number): NgrokForwardConfig {
  const authtoken = spec.authtoken.trim();
  if (!authtoken) {
    throw new TunnelError(
      tunnelFailure(
        'ngrok-authtoken-missing',
        `ngrok needs your authtoken. Copy it from ${TOKEN_PAGE} into the tunnel settings.`,
      ),
    );
  }
  const config: NgrokForwardConfig = {
    addr: `127.0.0.1:${localPort}`,
    authtoken,
    authtoken_from_env: false,
    proto: 'http',
    forwards_to: 'meterscope webhook listener',
  };
  if (spec.domain) config.domain = spec.domain;
  return config;
}

/** ngrok error codes (https://ngrok.com/docs/errors/) mapped to what a technician should do about them. */
const BY_CODE: Record<string, Pick<TunnelFailure, 'code' | 'message'>> = {
  ERR_NGROK_105: {
    code: 'ngrok-authtoken-invalid',
    message: `ngrok rejected the authtoken as malformed. Copy it again from ${TOKEN_PAGE}.`,
  },
  ERR_NGROK_107: {
    code: 'ngrok-authtoken-invalid',
    message: `ngrok rejected the authtoken (reset or revoked). Copy the current one from ${TOKEN_PAGE}.`,
  },
  ERR_NGROK_4018: {
    code: 'ngrok-authtoken-missing',
    message: `ngrok needs a verified account and its authtoken. Copy it from ${TOKEN_PAGE}.`,
  },
  ERR_NGROK_108: {
    code: 'ngrok-session-limit',
    message:
      'ngrok allows only one agent session for this account, and another one is running (another computer or program). Stop it and try again.',
  },
  ERR_NGROK_334: {
    code: 'ngrok-endpoint-in-use',
    message:
      'This ngrok domain is already online from another agent. Stop the other one or use another domain.',
  },
};

/**
 * Turns an error thrown by `@ngrok/ngrok` into a failure. The library sets `errorCode` (ERR_NGROK_*) where
 * it can; its messages may echo the authtoken, so the detail is redacted.
 */
export function mapNgrokError(e: unknown, authtoken: string): TunnelFailure {
  const message = e instanceof Error ? e.message : String(e);
  const errorCode =
    (typeof e === 'object' && e !== null && 'errorCode' in e && typeof e.errorCode === 'string'
      ? e.errorCode
      : undefined) ?? /\b(ERR_NGROK_\d+)\b/.exec(message)?.[1];
  const detail = redactSecrets(message, [authtoken]);
  const known = errorCode ? BY_CODE[errorCode] : undefined;
  if (known) return { ...known, detail };
  if (/dns|resolve|connect|timed? ?out|refused|unreachable/i.test(message)) {
    return tunnelFailure(
      'ngrok-error',
      'Could not reach the ngrok service. Check the internet connection and any proxy or firewall.',
      detail,
    );
  }
  return tunnelFailure(
    'ngrok-error',
    `ngrok failed${errorCode ? ` (${errorCode})` : ''}. Its message is shown below.`,
    detail,
  );
}
