import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings, SettingsPatch } from '../../../shared/contract/settings.ts';
import { applySettingsPatch, parseSettingsText, settingsNotice } from './settings-file.ts';

/** The settings file's name inside the Meterscope home folder. */
export const SETTINGS_FILE_NAME = 'settings.json';

/** A save that failed, with a stable code and a message naming the file. */
export class SettingsError extends Error {
  override name = 'SettingsError';
  constructor(
    readonly code: 'settings-unwritable',
    message: string,
  ) {
    super(message);
  }
}

/** What the settings calls answer. */
export interface SettingsState {
  settings: Settings;
  file: string;
  notice: string | null;
}

/** Reads and saves the user's settings. */
export interface SettingsService {
  get(): Promise<SettingsState>;
  set(patch: SettingsPatch): Promise<SettingsState>;
  /** Called after every save (the app turns it into the `settings:changed` event). */
  onChange(listener: (state: SettingsState) => void): () => void;
}

/**
 * Settings in `<home>/settings.json`. Reading never fails: a missing, unreadable or damaged file gives the
 * defaults and a notice that says what was wrong. Saves are queued and atomic (temp file + rename), and a
 * damaged file is kept as `settings.json.bad` before it is first replaced, so nothing is lost silently.
 */
export function createSettingsService(home: string): SettingsService {
  const file = join(home, SETTINGS_FILE_NAME);
  const listeners = new Set<(state: SettingsState) => void>();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };

  const load = async (): Promise<SettingsState & { damaged: boolean }> => {
    let text: string | undefined;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') {
        const r = parseSettingsText(undefined);
        const notice = settingsNotice(file, [`it cannot be read (${code ?? 'unknown error'})`]);
        return { settings: r.settings, file, notice, damaged: false };
      }
    }
    const r = parseSettingsText(text);
    return {
      settings: r.settings,
      file,
      notice: settingsNotice(file, r.problems),
      damaged: r.problems.length > 0,
    };
  };

  const save = async (settings: Settings, keepDamaged: boolean): Promise<void> => {
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(home, { recursive: true, mode: 0o700 });
      if (keepDamaged) await copyFile(file, `${file}.bad`).catch(() => undefined);
      await writeFile(temp, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
      await rename(temp, file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new SettingsError(
        'settings-unwritable',
        `Cannot save the settings to ${file} (${code}). Check that the folder is writable; nothing was changed.`,
      );
    }
  };

  return {
    get: () =>
      serial(async () => {
        const { damaged: _damaged, ...state } = await load();
        return state;
      }),
    set: (patch) =>
      serial(async () => {
        const current = await load();
        const settings = applySettingsPatch(current.settings, patch);
        await save(settings, current.damaged);
        const state: SettingsState = { settings, file, notice: null };
        for (const listener of listeners) listener(state);
        return state;
      }),
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
