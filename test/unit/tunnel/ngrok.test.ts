import { describe, expect, it } from 'vitest';
import { buildNgrokConfig, mapNgrokError } from '../../../main/services/tunnel/index.ts';
import { ngrokProvider, type NgrokPort } from '../../../main/services/tunnel/ngrok-provider.ts';
import type { ProviderContext } from '../../../main/services/tunnel/index.ts';

// ngrok needs the internet, so only its edges are tested here: config, errors, and the provider's
// behaviour around a library port that succeeds or throws like @ngrok/ngrok does.

function context(): ProviderContext & { urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    localPort: 5555,
    signal: new AbortController().signal,
    log: () => undefined,
    urlAssigned: (u) => void urls.push(u),
    failed: () => undefined,
  };
}

describe('ngrok config', () => {
  it('forwards to the IPv4 loopback listener with the given authtoken, never from the environment', () => {
    expect(
      buildNgrokConfig({ kind: 'ngrok', authtoken: ' 2abc ', domain: 'meters.ngrok.app' }, 5555),
    ).toEqual({
      addr: '127.0.0.1:5555',
      authtoken: '2abc',
      authtoken_from_env: false,
      proto: 'http',
      forwards_to: 'meterscope webhook listener',
      domain: 'meters.ngrok.app',
    });
  });

  it('says where to find the authtoken when none is set', () => {
    expect(() => buildNgrokConfig({ kind: 'ngrok', authtoken: '  ' }, 1)).toThrow(
      expect.objectContaining({
        code: 'ngrok-authtoken-missing',
        message: expect.stringContaining('https://dashboard.ngrok.com/get-started/your-authtoken'),
      }),
    );
  });
});

describe('ngrok errors', () => {
  it('maps the library errorCode to advice and redacts the echoed authtoken', () => {
    const e = Object.assign(
      new Error(
        'failed to connect session: The authtoken you specified does not look like a proper ngrok tunnel authtoken.\nYour authtoken: 2abcSECRET\nerror_code: ERR_NGROK_105',
      ),
      { code: 'GenericFailure', errorCode: 'ERR_NGROK_105' },
    );
    const failure = mapNgrokError(e, '2abcSECRET');
    expect(failure.code).toBe('ngrok-authtoken-invalid');
    expect(failure.detail).not.toContain('2abcSECRET');
    expect(failure.detail).toContain('[redacted]');
  });

  it.each([
    ['ERR_NGROK_107', 'ngrok-authtoken-invalid'],
    ['ERR_NGROK_4018', 'ngrok-authtoken-missing'],
    ['ERR_NGROK_108', 'ngrok-session-limit'],
    ['ERR_NGROK_334', 'ngrok-endpoint-in-use'],
  ])('reads %s from the message when errorCode is absent', (code, expected) => {
    expect(mapNgrokError(new Error(`failed to start listener: ... error_code: ${code}`), 'tok').code).toBe(
      expected,
    );
  });

  it('calls a network failure a network failure, and keeps unknown codes visible', () => {
    expect(
      mapNgrokError(new Error('failed to connect session: dns error: failed to lookup address'), 't').message,
    ).toContain('Could not reach the ngrok service');
    expect(mapNgrokError(new Error('boom error_code: ERR_NGROK_9999'), 't').message).toContain(
      'ERR_NGROK_9999',
    );
  });
});

describe('ngrok provider', () => {
  it('assigns the endpoint URL and closes the listener on stop', async () => {
    let closed = 0;
    const port: NgrokPort = {
      forward: async () => ({ url: () => 'https://abc.ngrok-free.app', close: async () => void closed++ }),
    };
    const ctx = context();
    const run = await ngrokProvider({ kind: 'ngrok', authtoken: 't0k3n' }, port)(ctx);
    expect(ctx.urls).toEqual(['https://abc.ngrok-free.app']);
    await run.stop();
    expect(closed).toBe(1);
  });

  it('turns a thrown library error into a TunnelError with its code', async () => {
    const port: NgrokPort = {
      forward: async () => {
        throw Object.assign(new Error('authentication failed: error_code: ERR_NGROK_107'), {
          errorCode: 'ERR_NGROK_107',
        });
      },
    };
    await expect(ngrokProvider({ kind: 'ngrok', authtoken: 't0k3n' }, port)(context())).rejects.toMatchObject(
      {
        code: 'ngrok-authtoken-invalid',
      },
    );
  });

  it('fails with no-url (and closes) when ngrok gives no URL', async () => {
    let closed = 0;
    const port: NgrokPort = { forward: async () => ({ url: () => null, close: async () => void closed++ }) };
    await expect(ngrokProvider({ kind: 'ngrok', authtoken: 't0k3n' }, port)(context())).rejects.toMatchObject(
      {
        code: 'no-url',
      },
    );
    expect(closed).toBe(1);
  });
});
