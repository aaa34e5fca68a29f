import { z } from 'zod';

/**
 * Everything a user can set in Meterscope, with the defaults a fresh install uses. Secrets are NOT settings:
 * tokens, passwords, API keys and tunnel tokens live only in main's SecretStore.
 */

const port = z.int().min(0).max(65535);

/** OAuth app registration: the client IDs are public identifiers, and the redirect port matters for exact-match apps. */
export const OAuthSettingsSchema = z.object({
  /** Public client for Authorization Code + PKCE (empty until the user registers an app). */
  clientId: z.string().max(200),
  /** Client used for the Device Code fallback (often the same as clientId). */
  deviceClientId: z.string().max(200),
  /** 0 = any free loopback port (RFC 8252); a fixed port for apps registered with an exact redirect URI. */
  redirectPort: port,
});

/** When a device counts as offline and an M-Bus meter as stale (smart-me's rules are the defaults). */
export const ThresholdSettingsSchema = z.object({
  deviceOfflineMinutes: z.int().min(1).max(10_080),
  mbusStaleHours: z.int().min(1).max(8_760),
});

/** How the webhook listener is made reachable from the smart-me cloud. The ngrok token is a secret: not here. */
export const TunnelSettingsSchema = z.object({
  provider: z.enum(['none', 'url', 'cloudflared', 'ngrok', 'ssh']),
  /** For provider `url`: the public URL the user already has. */
  publicUrl: z.string().max(2000),
  /** For provider `cloudflared`: the binary, empty = find it on PATH. */
  cloudflaredPath: z.string().max(2000),
  /** For provider `ssh`: `user@host`. */
  sshTarget: z.string().max(300),
  sshRemotePort: port,
});

/** Consent the user gave knowingly; off by default. */
export const SecuritySettingsSchema = z.object({
  /** Linux without a keyring: allow Electron's `basic_text` storage (a hard-coded key, i.e. NOT really encrypted). */
  allowUnencryptedKeyring: z.boolean(),
});

/** The whole settings object as stored in `$METERSCOPE_HOME/settings.json`. */
export const SettingsSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }),
  oauth: OAuthSettingsSchema,
  thresholds: ThresholdSettingsSchema,
  tunnel: TunnelSettingsSchema,
  security: SecuritySettingsSchema,
  language: z.enum(['en', 'de']),
  theme: z.enum(['system', 'light', 'dark']),
});

/** The settings object. */
export type Settings = z.infer<typeof SettingsSchema>;

/** A change to some settings: any top-level key, and any key inside the nested groups. */
export const SettingsPatchSchema = z.strictObject({
  baseUrl: SettingsSchema.shape.baseUrl.optional(),
  oauth: OAuthSettingsSchema.partial().optional(),
  thresholds: ThresholdSettingsSchema.partial().optional(),
  tunnel: TunnelSettingsSchema.partial().optional(),
  security: SecuritySettingsSchema.partial().optional(),
  language: SettingsSchema.shape.language.optional(),
  theme: SettingsSchema.shape.theme.optional(),
});

/** A settings change as sent by a view. */
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** A fresh install: the real smart-me cloud, smart-me's own offline rules, no tunnel, English, system theme. */
export const DEFAULT_SETTINGS: Settings = {
  baseUrl: 'https://api.smart-me.com',
  oauth: { clientId: '', deviceClientId: '', redirectPort: 0 },
  thresholds: { deviceOfflineMinutes: 15, mbusStaleHours: 24 },
  tunnel: { provider: 'none', publicUrl: '', cloudflaredPath: '', sshTarget: '', sshRemotePort: 0 },
  security: { allowUnencryptedKeyring: false },
  language: 'en',
  theme: 'system',
};
