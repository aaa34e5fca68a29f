import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsPatchSchema, SettingsSchema } from '../../../shared/contract/settings.ts';

describe('settings schema', () => {
  it('accepts the defaults of a fresh install', () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses a base URL that is not http(s), saying so', () => {
    const r = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, baseUrl: 'ftp://x' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('http');
  });

  it('accepts a partial change but refuses unknown keys', () => {
    expect(SettingsPatchSchema.safeParse({ theme: 'dark', oauth: { redirectPort: 8080 } }).success).toBe(
      true,
    );
    expect(SettingsPatchSchema.safeParse({ themes: 'dark' }).success).toBe(false);
  });
});
