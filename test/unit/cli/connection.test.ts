import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BASE_URL, resolveBaseUrl, resolveCredentials } from '../../../main/cli/connection.ts';
import { parseDeviceArg } from '../../../main/cli/device-arg.ts';
import { UsageError } from '../../../main/cli/io.ts';

let home: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'meterscope-conn-'));
});
afterAll(() => rm(home, { recursive: true, force: true }));

describe('base URL', () => {
  it('takes the flag, then $METERSCOPE_BASE_URL, then the smart-me cloud', () => {
    expect(
      resolveBaseUrl({ 'base-url': 'http://127.0.0.1:5000/' }, { METERSCOPE_BASE_URL: 'https://x' }),
    ).toBe('http://127.0.0.1:5000');
    expect(resolveBaseUrl({}, { METERSCOPE_BASE_URL: 'https://eu.example.com/api' })).toBe(
      'https://eu.example.com/api',
    );
    expect(resolveBaseUrl({}, {})).toBe(DEFAULT_BASE_URL);
  });

  it('refuses what is not https (plain http only locally), without echoing credentials in it', () => {
    expect(() => resolveBaseUrl({ 'base-url': 'ftp://u:s3cr3t@host' }, {})).toThrow(UsageError);
    expect(() => resolveBaseUrl({ 'base-url': 'http://api.smart-me.com' }, {})).toThrow(/https/);
    expect(resolveBaseUrl({ 'base-url': 'http://localhost:8080' }, {})).toBe('http://localhost:8080');
    expect(() => resolveBaseUrl({ 'base-url': 'ftp://u:s3cr3t@host' }, {})).not.toThrow(/s3cr3t/);
    expect(() => resolveBaseUrl({ 'base-url': 'nonsense s3cr3t' }, {})).toThrow(UsageError);
    expect(() => resolveBaseUrl({ 'base-url': 'nonsense s3cr3t' }, {})).not.toThrow(/s3cr3t/);
  });
});

describe('credentials', () => {
  const auth = async (values: Record<string, string>, env: Record<string, string> = {}) => {
    const r = await resolveCredentials(
      values,
      { METERSCOPE_HOME: home, ...env },
      'https://api.example',
      home,
    );
    return { kind: r.credentials.kind, header: await r.credentials.authorization(), account: r.account };
  };

  it('uses --user/--password as Basic, the password also from the environment', async () => {
    const basic = `Basic ${Buffer.from('Anna:pw').toString('base64')}`;
    expect(await auth({ user: 'Anna', password: 'pw' })).toEqual({
      kind: 'basic',
      header: basic,
      account: 'user:anna',
    });
    expect((await auth({ user: 'Anna' }, { METERSCOPE_PASSWORD: 'pw' })).header).toBe(basic);
  });

  it('uses --api-key (or $METERSCOPE_API_KEY) and labels the cache by a fingerprint, not the key', async () => {
    const flag = await auth({ 'api-key': 'secret-key-1' });
    expect(flag).toMatchObject({ kind: 'apikey', header: 'ApiKey secret-key-1' });
    expect(flag.account).toMatch(/^apikey:[0-9a-f]{8}$/);
    expect(flag.account).not.toContain('secret');
    expect((await auth({}, { METERSCOPE_API_KEY: 'secret-key-1' })).account).toBe(flag.account);
  });

  it('refuses contradicting or incomplete flags', async () => {
    await expect(auth({ user: 'a', password: 'b', 'api-key': 'c' })).rejects.toThrow(UsageError);
    await expect(auth({ password: 'b' })).rejects.toThrow('--password needs --user');
    await expect(auth({ user: 'a' })).rejects.toThrow('--user needs --password');
  });

  it('says how to log in when there is nothing at all', async () => {
    await expect(auth({})).rejects.toThrow(/meterscope login/);
  });
});

describe('device argument', () => {
  it('takes a GUID or a serial (also as printed on the label, with a suffix)', () => {
    expect(parseDeviceArg(['3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1'])).toEqual({
      id: '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
    });
    expect(parseDeviceArg(['71741800'])).toEqual({ serial: 71741800 });
    expect(parseDeviceArg(['71741800-1'])).toEqual({ serial: 71741800 });
  });

  it('refuses anything else', () => {
    expect(() => parseDeviceArg([])).toThrow(UsageError);
    expect(() => parseDeviceArg(['flat-3'])).toThrow(UsageError);
    expect(() => parseDeviceArg(['1', '2'])).toThrow(UsageError);
  });
});
