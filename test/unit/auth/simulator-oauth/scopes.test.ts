import { describe, expect, it } from 'vitest';
import { OAuthError } from '../../../../main/simulator/oauth/oauth-error.ts';
import { parseScopes } from '../../../../main/simulator/oauth/scopes.ts';

describe('scope parsing', () => {
  it('knows smart-me claims and offline_access, and defaults to device.read', () => {
    expect(parseScopes('device.read  offline_access device.read', undefined)).toEqual([
      'device.read',
      'offline_access',
    ]);
    expect(parseScopes(undefined, undefined)).toEqual(['device.read']);
    expect(parseScopes('', undefined)).toEqual(['device.read']);
  });

  it('refuses unknown scopes and scopes the application may not ask for', () => {
    expect(() => parseScopes('device.read admin', undefined)).toThrow(OAuthError);
    expect(() => parseScopes('partner.read', ['device.read'])).toThrow(/may not ask for "partner.read"/);
  });
});
