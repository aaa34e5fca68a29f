import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/contract/settings.ts';
import { formFromSettings, patchFromForm } from '../../../../renderer/features/settings/settings-form.ts';

const form = () => formFromSettings(structuredClone(DEFAULT_SETTINGS));

describe('the settings form', () => {
  it('saves nothing when nothing changed', () => {
    expect(patchFromForm(form(), DEFAULT_SETTINGS)).toEqual({ patch: {}, errors: {} });
  });

  it('sends only the fields that changed, as numbers where the settings hold numbers', () => {
    const f = {
      ...form(),
      offlineMinutes: ' 20 ',
      provider: 'ssh' as const,
      sshTarget: 'me@host',
      clientId: ' app ',
    };
    expect(patchFromForm(f, DEFAULT_SETTINGS)).toEqual({
      patch: {
        oauth: { clientId: 'app' },
        thresholds: { deviceOfflineMinutes: 20 },
        tunnel: { provider: 'ssh', sshTarget: 'me@host' },
      },
      errors: {},
    });
  });

  it('names every field that cannot be saved', () => {
    const f = {
      ...form(),
      baseUrl: 'api.smart-me.com',
      redirectPort: '70000',
      offlineMinutes: '0',
      staleHours: '1.5',
      publicUrl: 'ftp://x',
      sshTarget: 'host-only',
      sshRemotePort: '',
    };
    expect(patchFromForm(f, DEFAULT_SETTINGS).errors).toEqual({
      baseUrl: 'url',
      redirectPort: 'port',
      offlineMinutes: 'minutes',
      staleHours: 'hours',
      publicUrl: 'url',
      sshTarget: 'sshTarget',
      sshRemotePort: 'port',
    });
  });

  it('drops a trailing slash of the server so one server is one setting', () => {
    const f = { ...form(), baseUrl: 'https://api.smart-me.com/' };
    expect(patchFromForm(f, DEFAULT_SETTINGS).patch).toEqual({});
  });
});
