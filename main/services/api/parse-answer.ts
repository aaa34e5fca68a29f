import { z, type ZodType } from 'zod';
import { unexpectedAnswer, type CallInfo } from './error-mapping.ts';
import type { HttpAnswer } from './http-transport.ts';
import { SLICE, forEachInSlices } from './in-slices.ts';

const header = (a: HttpAnswer, name: string): string => {
  const v = a.headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};

/** True for an HTML page (maintenance page, captive portal, proxy login) where data was expected. */
function looksLikeHtml(a: HttpAnswer): boolean {
  return /text\/html/i.test(header(a, 'content-type')) || /^\s*<(!doctype|html|head|body)/i.test(a.body);
}

function htmlTitle(body: string): string | undefined {
  return /<title[^>]*>([^<]{1,120})<\/title>/i.exec(body)?.[1]?.trim();
}

/** The JSON of a 2xx answer; an HTML page, an empty body or bad JSON is an `unexpected-answer` ApiError. */
function parseBody(a: HttpAnswer, c: CallInfo): unknown {
  if (looksLikeHtml(a)) {
    const title = htmlTitle(a.body);
    throw unexpectedAnswer(c, `an HTML page${title ? ` ("${title}")` : ''} instead of data`, a.status);
  }
  if (a.body.trim() === '') throw unexpectedAnswer(c, 'an empty answer instead of data', a.status);
  try {
    return JSON.parse(a.body);
  } catch (e) {
    throw unexpectedAnswer(c, `data that is not valid JSON (${(e as Error).message})`, a.status);
  }
}

function shapeError(c: CallInfo, a: HttpAnswer, issue: z.core.$ZodIssue | undefined, at: PropertyKey[]) {
  const path = [...at, ...(issue?.path ?? [])];
  const where = path.length > 0 ? ` at ${path.map(String).join('.')}` : '';
  return unexpectedAnswer(c, `data of an unknown shape${where}: ${issue?.message ?? 'invalid'}`, a.status);
}

/**
 * Parses and validates a 2xx answer. Anything that is not the promised JSON shape becomes an
 * `unexpected-answer` ApiError naming what arrived instead, so bad input never crashes a caller. A long list
 * (a 5,000-device account) is validated 500 elements at a time, letting the answers of the other requests in
 * flight be handled in between: validating it in one go held all of them up for 25 ms and more.
 */
export async function readJson<T>(a: HttpAnswer, c: CallInfo, schema: ZodType<T>): Promise<T> {
  const json = parseBody(a, c);
  const plain = !(schema instanceof z.ZodArray) || (schema.def.checks?.length ?? 0) > 0;
  if (plain || !Array.isArray(json) || json.length <= SLICE) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    throw shapeError(c, a, parsed.error.issues[0], []);
  }
  const element = (schema as unknown as z.ZodArray<ZodType>).element;
  const out = new Array<unknown>(json.length);
  await forEachInSlices(json.length, (i) => {
    const parsed = element.safeParse(json[i]);
    if (!parsed.success) throw shapeError(c, a, parsed.error.issues[0], [i]);
    out[i] = parsed.data;
  });
  return out as T;
}

/**
 * A short, single-line text from an error answer (JSON `Message`/`error_description`/`title`, an HTML title or
 * plain text), for "the cloud said: …". The caller redacts it before use.
 */
export function serverDetail(a: HttpAnswer): string | undefined {
  if (a.body.trim() === '') return undefined;
  if (looksLikeHtml(a)) return htmlTitle(a.body);
  let text = a.body;
  try {
    const j = JSON.parse(a.body) as Record<string, unknown>;
    const pick = ['Message', 'message', 'error_description', 'title', 'error', 'detail'].find(
      (k) => typeof j?.[k] === 'string',
    );
    if (pick) text = j[pick] as string;
  } catch {
    // plain text body
  }
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
