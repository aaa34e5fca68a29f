import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCall, defineEvent } from '../../../shared/contract/define.ts';
import { createHandlers, type ServiceMap } from '../../../main/ipc/create-handlers.ts';
import { ServiceError } from '../../../main/ipc/service-error.ts';

/** A small contract of its own, so these tests pin the wrapper, not today's list of calls. */
const contract = {
  calls: {
    'echo:say': defineCall({
      summary: 'test',
      request: z.object({ text: z.string().max(10), times: z.int().min(1).default(1) }),
      response: z.object({ said: z.string() }),
    }),
    'account:whoami': defineCall({
      summary: 'test',
      request: z.strictObject({}),
      response: z.object({ user: z.string() }),
    }),
  },
  events: { 'x:y': defineEvent({ summary: 'test', payload: z.object({}) }) },
};

type Sender = { id: string };
const trusted: Sender = { id: 'main-window' };

function setup(overrides: Partial<ServiceMap<typeof contract>> = {}) {
  const logged: { error: unknown; call: string }[] = [];
  const services: ServiceMap<typeof contract> = {
    'echo:say': async ({ text, times }) => ({ said: text.repeat(times) }),
    // A service returning more than the contract declares: the token must not cross.
    'account:whoami': async () => ({ user: 'demo', accessToken: 'eyJsecret' }) as { user: string },
    ...overrides,
  };
  const handlers = createHandlers(contract, services, {
    isTrustedSender: (s: Sender) => s.id === 'main-window',
    onInternalError: (error, { call }) => logged.push({ error, call }),
  });
  return { handlers, logged };
}

describe('createHandlers (the one wrapper around every call)', () => {
  it('answers a good call with its data, defaults applied', async () => {
    const { handlers } = setup();
    expect(await handlers.handle(trusted, 'echo:say', { text: 'ab', times: 2 })).toEqual({
      ok: true,
      data: { said: 'abab' },
    });
    expect(await handlers.handle(trusted, 'echo:say', { text: 'ab' })).toEqual({
      ok: true,
      data: { said: 'ab' },
    });
  });

  it('rejects a foreign sender before looking at the call', async () => {
    let called = false;
    const { handlers } = setup({ 'echo:say': async () => ((called = true), { said: '' }) });
    const r = await handlers.handle({ id: 'devtools-or-iframe' }, 'echo:say', { text: 'x' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('not allowed') },
    });
    expect(called).toBe(false);
  });

  it('rejects bad input with a message naming the field, without calling the service', async () => {
    const { handlers } = setup();
    const r = await handlers.handle(trusted, 'echo:say', { text: 'much too long text', times: 0 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('bad-request');
    expect(r.error.message).toMatch(/^echo:say: text: .*10.*; times: /);
  });

  it('rejects extra keys on strict requests and unknown call names', async () => {
    const { handlers } = setup();
    expect((await handlers.handle(trusted, 'account:whoami', { admin: true })).ok).toBe(false);
    const r = await handlers.handle(trusted, 'fs:readFile', { path: '/etc/passwd' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'unknown-call', message: 'There is no call named "fs:readFile".' },
    });
  });

  it('strips undeclared fields from answers, so a token in a service result never crosses', async () => {
    const { handlers } = setup();
    const r = await handlers.handle(trusted, 'account:whoami', {});
    expect(r).toEqual({ ok: true, data: { user: 'demo' } });
    expect(JSON.stringify(r)).not.toContain('eyJsecret');
  });

  it('passes expected service errors through with their code and a redacted message', async () => {
    const { handlers, logged } = setup({
      'echo:say': async () => {
        throw new ServiceError(
          'unauthorized',
          'The server refused Authorization: Bearer abcdef123456. Log in again.',
        );
      },
    });
    const r = await handlers.handle(trusted, 'echo:say', { text: 'x' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'unauthorized',
        message: 'The server refused Authorization: Bearer [redacted]. Log in again.',
      },
    });
    expect(logged).toEqual([]);
  });

  it('turns a bug into code "internal" with a safe message, and reports it to the log handler once', async () => {
    const bug = Object.assign(new Error('ENOENT: /home/me/.config/meterscope/secrets.json'), {
      code: 'ENOENT',
    });
    const { handlers, logged } = setup({
      'echo:say': async () => {
        throw bug;
      },
    });
    const r = await handlers.handle(trusted, 'echo:say', { text: 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('internal');
    expect(r.error.message).not.toContain('/home/me');
    expect(logged).toEqual([{ error: bug, call: 'echo:say' }]);
  });

  it('reports an answer outside the schema as a bug instead of sending it', async () => {
    const { handlers, logged } = setup({
      'echo:say': async () => ({ said: 42 }) as unknown as { said: string },
    });
    const r = await handlers.handle(trusted, 'echo:say', { text: 'x' });
    expect(r.ok).toBe(false);
    expect(logged).toHaveLength(1);
  });

  it('treats a throwing sender check as untrusted', async () => {
    const handlers = createHandlers(contract, {} as ServiceMap<typeof contract>, {
      isTrustedSender: () => {
        throw new Error('window already destroyed');
      },
      onInternalError: () => undefined,
    });
    expect((await handlers.handle(trusted, 'echo:say', { text: 'x' })).ok).toBe(false);
  });
});
