import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The renderer's JavaScript as shipped: every .js file of the build, gzipped (level 9, as servers do), in KB. */
export async function rendererJsGzipKb(
  rendererDir: string,
): Promise<{ kb: number; rawKb: number; files: number }> {
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.js')) files.push(path);
    }
  };
  await walk(rendererDir);
  let gz = 0;
  let raw = 0;
  for (const file of files) {
    const bytes = await readFile(file);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { kb: gz / 1024, rawKb: raw / 1024, files: files.length };
}
