import { describe, expect, it } from 'vitest';
import { createDeviceCodes } from '../../../../main/simulator/oauth/device-codes.ts';

function setup() {
  let now = 0;
  let n = 0;
  const codes = createDeviceCodes({
    clock: () => now,
    token: () => `dc-${n++}`,
    userCode: () => `0000-0000-000${n}`,
    lifetimeSeconds: 600,
    intervalSeconds: 5,
  });
  return { codes, advance: (ms: number) => void (now += ms) };
}

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { error: string }).error;
  }
  return 'no error';
};

describe('device-code polling rules (RFC 8628 §3.5)', () => {
  it('is pending at the interval, slows a fast poller down by 5 s each time, then grants once', () => {
    const { codes, advance } = setup();
    const s = codes.start('app', ['device.read']);
    expect(errorOf(() => codes.poll(s.deviceCode, 'app'))).toBe('authorization_pending');
    advance(5000);
    expect(errorOf(() => codes.poll(s.deviceCode, 'app'))).toBe('authorization_pending');
    advance(4999);
    expect(errorOf(() => codes.poll(s.deviceCode, 'app'))).toBe('slow_down');
    advance(9999);
    expect(errorOf(() => codes.poll(s.deviceCode, 'app'))).toBe('slow_down');
    advance(15_000);
    expect(errorOf(() => codes.poll(s.deviceCode, 'app'))).toBe('authorization_pending');
    expect(codes.decide(s.userCode, { approved: true, accountId: 3 })).toBe(true);
    expect(codes.poll(s.deviceCode, 'app')).toEqual({ accountId: 3, scopes: ['device.read'] });
    expect(errorOf(() => codes.poll(s.deviceCode, 'app'))).toBe('invalid_grant');
  });

  it('expires, after which the code can be neither approved nor polled for tokens', () => {
    const { codes, advance } = setup();
    const s = codes.start('app', []);
    advance(600_000);
    expect(codes.decide(s.userCode, { approved: true, accountId: 1 })).toBe(false);
    expect(errorOf(() => codes.poll(s.deviceCode, 'app'))).toBe('expired_token');
  });

  it('reports a denial once, and belongs to the client that started it', () => {
    const { codes } = setup();
    const s = codes.start('app', []);
    expect(errorOf(() => codes.poll(s.deviceCode, 'other-app'))).toBe('invalid_grant');
    codes.decide(s.userCode, { approved: false });
    expect(codes.decide(s.userCode, { approved: true, accountId: 1 })).toBe(false);
    expect(errorOf(() => codes.poll(s.deviceCode, 'app'))).toBe('access_denied');
    expect(errorOf(() => codes.poll(s.deviceCode, 'app'))).toBe('invalid_grant');
  });
});
