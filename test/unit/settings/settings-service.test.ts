import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/contract/settings.ts';
import { createSettingsService } from '../../../main/services/settings/settings-service.ts';

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'meterscope-settings-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

describe('settings service', () => {
  it('gives the defaults and no notice on a fresh install', async () => {
    const state = await createSettingsService(home).get();
    expect(state).toEqual({ settings: DEFAULT_SETTINGS, file: join(home, 'settings.json'), notice: null });
  });

  it('saves a change, keeps the other fields of its group, and reads it back after a restart', async () => {
    await createSettingsService(home).set({ theme: 'dark', oauth: { clientId: 'my-app' } });
    await createSettingsService(home).set({ oauth: { redirectPort: 8765 } });
    const state = await createSettingsService(home).get();
    expect(state.settings.theme).toBe('dark');
    expect(state.settings.oauth).toEqual({ clientId: 'my-app', deviceClientId: '', redirectPort: 8765 });
  });

  it('survives a file that is not JSON: defaults, a clear notice, and the bad file kept on the next save', async () => {
    await writeFile(join(home, 'settings.json'), '{ "theme": "dark", ');
    const service = createSettingsService(home);
    const state = await service.get();
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.notice).toContain('settings.json');
    expect(state.notice).toContain('not valid JSON');
    expect(state.notice).toContain('defaults');
    await service.set({ language: 'de' });
    expect(await readFile(join(home, 'settings.json.bad'), 'utf8')).toBe('{ "theme": "dark", ');
    expect((await service.get()).notice).toBeNull();
  });

  it('keeps every good value of a partly damaged file and names each bad one', async () => {
    await writeFile(
      join(home, 'settings.json'),
      JSON.stringify({
        theme: 'dark',
        language: 'fr',
        baseUrl: 'not a url',
        thresholds: { deviceOfflineMinutes: 30, mbusStaleHours: -4 },
      }),
    );
    const state = await createSettingsService(home).get();
    expect(state.settings.theme).toBe('dark');
    expect(state.settings.language).toBe('en');
    expect(state.settings.baseUrl).toBe(DEFAULT_SETTINGS.baseUrl);
    expect(state.settings.thresholds).toEqual({ deviceOfflineMinutes: 30, mbusStaleHours: 24 });
    for (const bad of ['baseUrl: ', 'thresholds.mbusStaleHours: ', 'language: ']) {
      expect(state.notice).toContain(bad);
    }
  });

  it('tells every listener about a save (so all windows switch theme together)', async () => {
    const service = createSettingsService(home);
    const seen: string[] = [];
    service.onChange((s) => seen.push(s.settings.theme));
    await service.set({ theme: 'light' });
    expect(seen).toEqual(['light']);
  });

  it('queues concurrent saves so none is lost', async () => {
    const service = createSettingsService(home);
    await Promise.all([
      service.set({ theme: 'dark' }),
      service.set({ language: 'de' }),
      service.set({ oauth: { clientId: 'x' } }),
    ]);
    const { settings } = await createSettingsService(home).get();
    expect([settings.theme, settings.language, settings.oauth.clientId]).toEqual(['dark', 'de', 'x']);
  });

  it('says clearly when the settings cannot be saved, and changes nothing', async () => {
    // A file where the folder should be: mkdir fails the same way for root and for users.
    const blocked = join(home, 'blocked');
    await writeFile(blocked, '');
    await expect(createSettingsService(join(blocked, 'home')).set({ theme: 'dark' })).rejects.toMatchObject({
      code: 'settings-unwritable',
      message: expect.stringContaining(join(blocked, 'home', 'settings.json')),
    });
  });
});
