import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  externalHosts,
  isAllowedExternalUrl,
  isAllowedRequestUrl,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedIpcSender,
  REQUIRED_FUSES,
  secureWebPreferences,
  windowOpenAction,
} from '../../../main/electron/security-policy.ts';

const hosts = externalHosts('https://api.smart-me.com');

describe('desktop security policy (Electron checklist)', () => {
  it('isolates and sandboxes the renderer, with no Node.js in it', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('has a strict CSP: own files only, no inline script, no remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });

  it('loads no remote content', () => {
    expect(isAllowedRequestUrl(`${APP_ORIGIN}/assets/index.js`)).toBe(true);
    expect(isAllowedRequestUrl('https://api.smart-me.com/Devices')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:8080/x')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequestUrl('app://other-host/index.html')).toBe(false);
    expect(isAllowedRequestUrl('not a url')).toBe(false);
  });

  it('blocks navigation away from the app', () => {
    expect(isNavigationAllowed(`${APP_ORIGIN}/index.html#/devices`)).toBe(true);
    expect(isNavigationAllowed('https://smart-me.com/')).toBe(false);
    expect(isNavigationAllowed('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isNavigationAllowed('javascript:alert(1)')).toBe(false);
  });

  it('never opens a new window; sends only https smart-me links to the system browser', () => {
    expect(windowOpenAction('https://www.smart-me.com/licence', hosts)).toEqual({
      action: 'deny',
      openExternally: true,
    });
    expect(windowOpenAction('https://evil.example/', hosts)).toEqual({
      action: 'deny',
      openExternally: false,
    });
  });

  it.each([
    ['http://smart-me.com/', false],
    ['https://smart-me.com.evil.example/', false],
    ['https://evilsmart-me.com/', false],
    ['https://user:pw@api.smart-me.com/', false],
    ['file:///etc/passwd', false],
    ['smb://server/share', false],
    ['javascript:alert(1)', false],
    ['https://API.smart-me.com/swagger/index.html', true],
    ['https://doc.smart-me.com/for-developers/oauth', true],
  ])('shell.openExternal(%s) allowed: %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(allowed);
  });

  it('adds the configured API host only when it is https', () => {
    expect(externalHosts('https://smartme.example.ch')).toContain('smartme.example.ch');
    expect(externalHosts('http://127.0.0.1:4000')).not.toContain('127.0.0.1');
  });

  it('denies every permission request', () => {
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      expect(isPermissionGranted(p)).toBe(false);
    }
  });

  it('accepts IPC only from a known window, its main frame, on the app origin', () => {
    const known = new Set([7]);
    const good = { webContentsId: 7, frameUrl: `${APP_ORIGIN}/index.html`, isMainFrame: true };
    expect(isTrustedIpcSender(good, known)).toBe(true);
    expect(isTrustedIpcSender({ ...good, webContentsId: 8 }, known)).toBe(false);
    expect(isTrustedIpcSender({ ...good, isMainFrame: false }, known)).toBe(false);
    expect(isTrustedIpcSender({ ...good, frameUrl: 'https://evil.example/' }, known)).toBe(false);
    expect(isTrustedIpcSender({ ...good, frameUrl: undefined }, known)).toBe(false);
  });

  it('keeps electron-builder.yml fuses the same as the policy', () => {
    const yml = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
    for (const [fuse, value] of Object.entries(REQUIRED_FUSES)) {
      expect(yml).toMatch(new RegExp(`^\\s+${fuse}: ${value}\\s*$`, 'm'));
    }
  });

  it('is pure: the policy module imports nothing from Electron', () => {
    const source = readFileSync(
      new URL('../../../main/electron/security-policy.ts', import.meta.url),
      'utf8',
    );
    expect(source).not.toMatch(/from ['"]electron['"]/);
  });
});
