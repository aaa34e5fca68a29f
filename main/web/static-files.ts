import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** One static answer. */
export interface StaticFile {
  status: number;
  contentType: string;
  body: Buffer | string;
  /** Vite's hashed assets never change under their name; index.html always may. */
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Reads the file a URL path names inside `root`, refusing anything that would leave it (`..`, encoded
 * slashes, NUL). Unknown paths fall back to index.html, so a reload on any view URL still opens the app.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return text(400, 'Bad path.');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return text(400, 'Bad path.');
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  if (relative.split(sep).includes('..')) return text(400, 'Bad path.');
  const target = relative === '' || relative === '.' ? 'index.html' : relative;
  const file = await readOrUndefined(join(root, target));
  if (file) {
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    return { status: 200, contentType: type, body: file, immutable: target.startsWith(`assets${sep}`) };
  }
  if (extname(target) !== '' && extname(target) !== '.html') return text(404, 'Not found.');
  const index = await readOrUndefined(join(root, 'index.html'));
  if (!index) {
    return text(
      503,
      'The Meterscope app is not built. Run "npm run build" (or "npx vite build"), then reload.',
    );
  }
  return { status: 200, contentType: TYPES['.html']!, body: index, immutable: false };
}

async function readOrUndefined(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

function text(status: number, body: string): StaticFile {
  return { status, contentType: 'text/plain; charset=utf-8', body, immutable: false };
}
