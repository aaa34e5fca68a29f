import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { meterscopeHome } from '../secrets/meterscope-home.ts';
import { summarizeCapture, type CaptureSummary } from './summarize-capture.ts';

/** File name ending of capture files. */
export const CAPTURE_EXTENSION = '.mscap';

/** Where `listen` keeps captures when no --capture file is named: `<meterscope home>/captures`. */
export function defaultCaptureDir(env: Record<string, string | undefined>, homeDir: string): string {
  return join(meterscopeHome(env, homeDir), 'captures');
}

/** A new session's file name from its start time, e.g. `capture-2024-01-02T03-04-05Z.mscap` (sorts by time). */
export function captureFileName(started: Date): string {
  const stamp = started.toISOString().slice(0, 19).replace(/:/g, '-');
  return `capture-${stamp}Z${CAPTURE_EXTENSION}`;
}

/** Creates the capture folder if needed and returns the path for a new session file in it. */
export async function newCapturePath(dir: string, started: Date): Promise<string> {
  await mkdir(dir, { recursive: true });
  return join(dir, captureFileName(started));
}

/**
 * Every capture in a folder with its quick summary, newest first: the list of capture sessions a
 * technician picks from. Files that cannot be read are listed with the reason instead of hiding them.
 */
export async function listCaptures(
  dir: string,
): Promise<({ file: string } & (CaptureSummary | { error: string }))[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(CAPTURE_EXTENSION));
  const out = await Promise.all(
    names.map(async (name) => {
      const file = join(dir, name);
      try {
        return { file, ...(await summarizeCapture(file)) };
      } catch (e) {
        return { file, error: (e as Error).message };
      }
    }),
  );
  return out.sort((a, b) => b.file.localeCompare(a.file));
}
