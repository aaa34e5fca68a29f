import type { Settings, SettingsPatch } from '../../../shared/contract/settings.ts';

/** The settings as the form edits them: text fields hold text until they are checked. */
export interface SettingsForm {
  baseUrl: string;
  clientId: string;
  deviceClientId: string;
  redirectPort: string;
  offlineMinutes: string;
  staleHours: string;
  provider: Settings['tunnel']['provider'];
  publicUrl: string;
  cloudflaredPath: string;
  sshTarget: string;
  sshRemotePort: string;
  language: Settings['language'];
  theme: Settings['theme'];
}

/** Why a field cannot be saved (the view turns it into a sentence). */
export type FieldError = 'url' | 'port' | 'minutes' | 'hours' | 'sshTarget';

/** The form filled from the settings in force. */
export function formFromSettings(s: Settings): SettingsForm {
  return {
    baseUrl: s.baseUrl,
    clientId: s.oauth.clientId,
    deviceClientId: s.oauth.deviceClientId,
    redirectPort: String(s.oauth.redirectPort),
    offlineMinutes: String(s.thresholds.deviceOfflineMinutes),
    staleHours: String(s.thresholds.mbusStaleHours),
    provider: s.tunnel.provider,
    publicUrl: s.tunnel.publicUrl,
    cloudflaredPath: s.tunnel.cloudflaredPath,
    sshTarget: s.tunnel.sshTarget,
    sshRemotePort: String(s.tunnel.sshRemotePort),
    language: s.language,
    theme: s.theme,
  };
}

const wholeIn = (text: string, min: number, max: number): number | undefined => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

const httpUrl = (text: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(text.trim()).protocol);
  } catch {
    return false;
  }
};

/**
 * Checks the form and builds the change to save: only fields that differ from the settings in force, so
 * saving one field never overwrites a change another window made to a different one. Every field that
 * cannot be saved is named; nothing is saved then.
 */
export function patchFromForm(
  form: SettingsForm,
  current: Settings,
): { patch: SettingsPatch; errors: Partial<Record<keyof SettingsForm, FieldError>> } {
  const errors: Partial<Record<keyof SettingsForm, FieldError>> = {};
  const patch: SettingsPatch = {};
  const baseUrl = form.baseUrl.trim().replace(/\/+$/, '');
  if (!httpUrl(baseUrl)) errors.baseUrl = 'url';
  else if (baseUrl !== current.baseUrl) patch.baseUrl = baseUrl;

  const oauth: NonNullable<SettingsPatch['oauth']> = {};
  if (form.clientId.trim() !== current.oauth.clientId) oauth.clientId = form.clientId.trim();
  if (form.deviceClientId.trim() !== current.oauth.deviceClientId)
    oauth.deviceClientId = form.deviceClientId.trim();
  const port = wholeIn(form.redirectPort, 0, 65535);
  if (port === undefined) errors.redirectPort = 'port';
  else if (port !== current.oauth.redirectPort) oauth.redirectPort = port;
  if (Object.keys(oauth).length > 0) patch.oauth = oauth;

  const thresholds: NonNullable<SettingsPatch['thresholds']> = {};
  const minutes = wholeIn(form.offlineMinutes, 1, 10_080);
  if (minutes === undefined) errors.offlineMinutes = 'minutes';
  else if (minutes !== current.thresholds.deviceOfflineMinutes) thresholds.deviceOfflineMinutes = minutes;
  const hours = wholeIn(form.staleHours, 1, 8760);
  if (hours === undefined) errors.staleHours = 'hours';
  else if (hours !== current.thresholds.mbusStaleHours) thresholds.mbusStaleHours = hours;
  if (Object.keys(thresholds).length > 0) patch.thresholds = thresholds;

  const tunnel: NonNullable<SettingsPatch['tunnel']> = {};
  if (form.provider !== current.tunnel.provider) tunnel.provider = form.provider;
  const publicUrl = form.publicUrl.trim();
  if (publicUrl !== '' && !httpUrl(publicUrl)) errors.publicUrl = 'url';
  else if (publicUrl !== current.tunnel.publicUrl) tunnel.publicUrl = publicUrl;
  if (form.cloudflaredPath.trim() !== current.tunnel.cloudflaredPath)
    tunnel.cloudflaredPath = form.cloudflaredPath.trim();
  const ssh = form.sshTarget.trim();
  if (ssh !== '' && !/^[^\s@]+@[^\s@]+$/.test(ssh)) errors.sshTarget = 'sshTarget';
  else if (ssh !== current.tunnel.sshTarget) tunnel.sshTarget = ssh;
  const remote = wholeIn(form.sshRemotePort, 0, 65535);
  if (remote === undefined) errors.sshRemotePort = 'port';
  else if (remote !== current.tunnel.sshRemotePort) tunnel.sshRemotePort = remote;
  if (Object.keys(tunnel).length > 0) patch.tunnel = tunnel;

  if (form.language !== current.language) patch.language = form.language;
  if (form.theme !== current.theme) patch.theme = form.theme;
  return { patch, errors };
}
