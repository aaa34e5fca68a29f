import { defineEvent } from '../define.ts';
import { SettingsStateSchema } from '../calls/settings.ts';

/** `settings:changed`: after any save, so every open window applies the same language and theme. */
export const settingsChangedEvent = defineEvent({
  summary: 'The settings were saved (by any window)',
  payload: SettingsStateSchema,
});
