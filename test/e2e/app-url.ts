import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The address `meterscope web` printed (with its token in the fragment), set by the global setup. */
export function appUrl(): string {
  const url = process.env.METERSCOPE_E2E_URL;
  if (!url) throw new Error('METERSCOPE_E2E_URL is not set: run these tests through playwright.config.ts');
  return url;
}

/** The host's origin without the token. */
export function appOrigin(): string {
  return new URL(appUrl()).origin;
}

/** Where screenshots of each view go (ignored by git). */
export function screenshotPath(name: string): string {
  const dir = fileURLToPath(new URL('./screenshots/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}.png`;
}
