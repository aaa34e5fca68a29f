import { readFile } from 'node:fs/promises';

/** Meterscope's version from package.json: reports and support bundles say which build made them. */
export async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
