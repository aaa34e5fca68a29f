/** The user's settings: one JSON file in the Meterscope home folder, always readable, saved atomically. */
export {
  createSettingsService,
  SETTINGS_FILE_NAME,
  type SettingsService,
  type SettingsState,
} from './settings-service.ts';
export { applySettingsPatch, parseSettingsText, settingsNotice, type ReadSettings } from './settings-file.ts';
