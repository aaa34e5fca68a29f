import type { IncomingMessage, ServerResponse } from 'node:http';
import { OAuthError } from './oauth-error.ts';

/** Form bodies larger than this are refused: nothing a real client sends comes close. */
export const MAX_FORM_BYTES = 64 * 1024;

/**
 * Reads an `application/x-www-form-urlencoded` body. Refuses other types, oversized bodies and repeated
 * parameters (RFC 6749 §3.1: parameters MUST NOT be included more than once) with `invalid_request`.
 */
export async function readForm(req: IncomingMessage): Promise<Map<string, string>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    req.resume();
    throw new OAuthError('invalid_request', 'The body must be application/x-www-form-urlencoded.');
  }
  const body = await readLimited(req, MAX_FORM_BYTES);
  if (body === undefined) throw new OAuthError('invalid_request', 'The request body is too large.', 413);
  return singleValued(new URLSearchParams(body.toString('utf8')));
}

/** The whole body, or undefined when it is over `limit` (the rest is drained so the answer still arrives). */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
    req.on('error', reject);
  });
}

/** Query or form parameters as a map, refusing any parameter given twice. */
export function singleValued(params: URLSearchParams): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of params) {
    if (out.has(name))
      throw new OAuthError('invalid_request', `The parameter "${name}" was given more than once.`);
    out.set(name, value);
  }
  return out;
}

/** JSON answer of the token and device endpoints: never cached (RFC 6749 §5.1). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** An RFC 6749 §5.2 error body; `invalid_client` carries the Basic challenge the RFC asks for. */
export function sendOAuthError(res: ServerResponse, e: OAuthError) {
  const headers: Record<string, string> =
    e.status === 401 ? { 'WWW-Authenticate': 'Basic realm="smart-me simulator", charset="UTF-8"' } : {};
  sendJson(res, e.status, { error: e.error, error_description: e.description }, headers);
}

/** An HTML page that no one may frame (clickjacking on a consent page) and no one caches. */
export function sendHtml(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    'Referrer-Policy': 'no-referrer',
  });
  res.end(html);
}

/** A 302 to where the client asked to be sent back (only ever a registered redirect URI). */
export function sendRedirect(res: ServerResponse, location: string) {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
  res.end();
}

/** 405 with the methods this endpoint takes. */
export function sendMethodNotAllowed(res: ServerResponse, allow: string[]) {
  res.setHeader('Allow', allow.join(', '));
  sendOAuthError(res, new OAuthError('invalid_request', `Use ${allow.join(' or ')} here.`, 405));
}

/** The query of a request, refusing repeated parameters. */
export function queryOf(req: IncomingMessage): Map<string, string> {
  return singleValued(new URL(req.url ?? '/', 'http://x').searchParams);
}

/** The request path as the client sent it (keeps an `/api` prefix), for form actions on our own pages. */
export function requestPathname(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://x').pathname;
}
