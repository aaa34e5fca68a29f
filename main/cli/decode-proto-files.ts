import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const IMPORT = /^\s*import\s+(?:weak\s+|public\s+)?["']([^"']+)["']/gm;

/**
 * Reads a user's .proto and the files it imports from next to it (recursively), so `--proto` works with
 * schemas split over several files. Imports not on disk are left to the decoder's built-ins (bcl.proto,
 * google/protobuf/*), which says clearly when one is still missing.
 */
export async function readProtoFiles(
  path: string,
): Promise<{ text: string; imports: Record<string, string> }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read the .proto file ${path}: ${(e as Error).message}`, { cause: e });
  }
  const imports: Record<string, string> = {};
  const queue: [string, string][] = [[dirname(path), text]];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [dir, source] = next;
    for (const m of source.matchAll(IMPORT)) {
      const name = m[1] as string;
      if (name in imports) continue;
      try {
        imports[name] = await readFile(resolve(dir, name), 'utf8');
        queue.push([dirname(resolve(dir, name)), imports[name]]);
      } catch {
        // Not on disk: the decoder's built-ins may have it.
      }
    }
  }
  return { text, imports };
}
