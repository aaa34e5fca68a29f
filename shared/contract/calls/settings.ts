import { z } from 'zod';
import { defineCall } from '../define.ts';
import { SettingsPatchSchema, SettingsSchema } from '../settings.ts';
import { NoArguments } from './app.ts';

/** What `settings:get` and `settings:set` answer: the settings in force and, if the file was bad, why. */
export const SettingsStateSchema = z.object({
  settings: SettingsSchema,
  /** The settings file, so a technician can find it. */
  file: z.string(),
  /** Set when the stored file could not be used in full: what was wrong and that defaults are in use. */
  notice: z.string().nullable(),
});

/** `settings:get`: the settings in force. */
export const settingsGetCall = defineCall({
  summary: 'The settings in force (defaults where the file is missing or bad, with a notice saying so)',
  request: NoArguments,
  response: SettingsStateSchema,
});

/** `settings:set`: changes some settings, saves them, and answers the settings now in force. */
export const settingsSetCall = defineCall({
  summary: 'Change some settings (a partial object); saved at once',
  request: SettingsPatchSchema,
  response: SettingsStateSchema,
});
