import { describe, expect, it } from 'vitest';
import { createTokenIssuer } from '../../../../main/simulator/oauth/token-issuer.ts';

function setup() {
  let now = 1000;
  let n = 0;
  const issuer = createTokenIssuer({
    clock: () => now,
    token: () => `t${n++}`,
    accessLifetimeSeconds: 60,
    refreshLifetimeSeconds: 3600,
  });
  return { issuer, advance: (ms: number) => void (now += ms) };
}
const subject = { clientId: 'app', accountId: 5, scopes: ['device.read', 'offline_access'] };

describe('token issuer', () => {
  it('issues a refresh token only with offline_access', () => {
    const { issuer } = setup();
    expect(issuer.issue(subject).response.refresh_token).toBeDefined();
    expect(issuer.issue({ ...subject, scopes: ['device.read'] }).response.refresh_token).toBeUndefined();
  });

  it('lets access tokens expire after their lifetime', () => {
    const { issuer, advance } = setup();
    const { access_token } = issuer.issue(subject).response;
    expect(issuer.authenticate(access_token)).toEqual({ accountId: 5, scopes: subject.scopes });
    advance(59_999);
    expect(issuer.authenticate(access_token)).toBeDefined();
    advance(1);
    expect(issuer.authenticate(access_token)).toBeUndefined();
  });

  it('rotates refresh tokens and revokes the family on replay', () => {
    const { issuer } = setup();
    const first = issuer.issue(subject).response;
    const second = issuer.rotate(first.refresh_token!, 'app', undefined);
    expect(issuer.authenticate(second.access_token)).toBeDefined();
    expect(() => issuer.rotate(first.refresh_token!, 'app', undefined)).toThrow(/already used/);
    expect(issuer.authenticate(second.access_token)).toBeUndefined();
    expect(issuer.authenticate(first.access_token)).toBeUndefined();
    expect(() => issuer.rotate(second.refresh_token!, 'app', undefined)).toThrow(/revoked/);
  });

  it('binds refresh tokens to their client and lifetime', () => {
    const { issuer, advance } = setup();
    const first = issuer.issue(subject).response;
    expect(() => issuer.rotate(first.refresh_token!, 'thief', undefined)).toThrow(/another application/);
    advance(3600_000);
    expect(() => issuer.rotate(first.refresh_token!, 'app', undefined)).toThrow(/expired/);
  });
});
