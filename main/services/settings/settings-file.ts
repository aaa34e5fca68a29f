import { z } from 'zod';
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../shared/contract/settings.ts';

/** Settings read from the file, and what had to be replaced by defaults (empty when the file was fine). */
export interface ReadSettings {
  settings: Settings;
  problems: string[];
}

/**
 * Turns the settings file's text into settings that are always usable. A bad value costs only that value
 * (it falls back to its default and is named in `problems`); text that is not JSON costs the file, never
 * the app. Pure, so every kind of damage is unit-tested.
 */
export function parseSettingsText(text: string | undefined): ReadSettings {
  if (text === undefined) return { settings: structuredClone(DEFAULT_SETTINGS), problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      problems: [`it is not valid JSON (${(e as Error).message})`],
    };
  }
  if (!isRecord(raw)) {
    return { settings: structuredClone(DEFAULT_SETTINGS), problems: ['it does not hold a settings object'] };
  }
  const problems: string[] = [];
  const settings = structuredClone(DEFAULT_SETTINGS) as Record<string, unknown>;
  for (const [key, schema] of Object.entries(SettingsSchema.shape) as [string, z.ZodType][]) {
    if (!(key in raw)) continue;
    const value = raw[key];
    const whole = schema.safeParse(value);
    if (whole.success) {
      settings[key] = whole.data;
    } else if (schema instanceof z.ZodObject && isRecord(value)) {
      // A group with some bad fields: keep its good fields, default the rest.
      const group = settings[key] as Record<string, unknown>;
      for (const [field, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
        if (!(field in value)) continue;
        const r = fieldSchema.safeParse(value[field]);
        if (r.success) group[field] = r.data;
        else problems.push(`${key}.${field}: ${r.error.issues[0]?.message ?? 'invalid'}`);
      }
    } else {
      problems.push(`${key}: ${whole.error.issues[0]?.message ?? 'invalid'}`);
    }
  }
  return { settings: settings as Settings, problems };
}

/** The settings after a change: groups merge field by field, so changing one field never resets the others. */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  const next = structuredClone(settings);
  if (patch.baseUrl !== undefined) next.baseUrl = patch.baseUrl;
  if (patch.language !== undefined) next.language = patch.language;
  if (patch.theme !== undefined) next.theme = patch.theme;
  if (patch.oauth) next.oauth = { ...next.oauth, ...definedOnly(patch.oauth) };
  if (patch.thresholds) next.thresholds = { ...next.thresholds, ...definedOnly(patch.thresholds) };
  if (patch.tunnel) next.tunnel = { ...next.tunnel, ...definedOnly(patch.tunnel) };
  if (patch.security) next.security = { ...next.security, ...definedOnly(patch.security) };
  return SettingsSchema.parse(next);
}

/** The one message a technician sees when the file could not be used in full. */
export function settingsNotice(file: string, problems: string[]): string | null {
  if (problems.length === 0) return null;
  return (
    `The settings file ${file} could not be used in full: ${problems.join('; ')}. ` +
    'Meterscope uses the defaults for these. Saving any setting rewrites the file ' +
    '(the old one is kept next to it as settings.json.bad).'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
