/**
 * What a handler returns: data, not writes. The server serializes it the way api.smart-me.com does
 * (PascalCase JSON, nulls omitted, `application/json; charset=utf-8`), and faults may distort it after.
 */
export interface Reply {
  status: number;
  /** A JSON body; absent for the API's empty 200 answers. */
  json?: unknown;
  /** A JSON body already written as text (nulls left out): large lists skip the generic serializer. */
  jsonText?: string;
  /** A plain-text body (error explanations). */
  text?: string;
  headers?: Record<string, string>;
}

/** An answer ready to write: status, headers and the exact bytes. */
export interface SerializedReply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** A JSON answer (200 unless told otherwise). */
export const json = (body: unknown, status = 200): Reply => ({ status, json: body });

/** A JSON answer whose text a wire writer already built (see `Reply.jsonText`). */
export const jsonText = (text: string, status = 200): Reply => ({ status, jsonText: text });

/** The API's empty 200 answer for writes. */
export const empty = (): Reply => ({ status: 200 });

/**
 * An expected failure inside a handler (bad input, not found, licence): thrown, then turned into a
 * plain-text answer by the server. `code` is stable for tests and logs.
 */
export class SimHttpError extends Error {
  override name = 'SimHttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** JSON.stringify replacer: the API omits null properties instead of sending `null`. */
const omitNulls = (_key: string, value: unknown): unknown => (value === null ? undefined : value);

/** Serializes a reply: JSON with nulls omitted, or text, or an empty body. */
export function serializeReply(reply: Reply): SerializedReply {
  const headers: Record<string, string> = { ...reply.headers };
  let body = Buffer.alloc(0);
  if (reply.json !== undefined || reply.jsonText !== undefined) {
    body = Buffer.from(reply.jsonText ?? JSON.stringify(reply.json, omitNulls), 'utf8');
    headers['content-type'] = 'application/json; charset=utf-8';
  } else if (reply.text !== undefined) {
    body = Buffer.from(reply.text, 'utf8');
    headers['content-type'] = 'text/plain; charset=utf-8';
  }
  headers['content-length'] = String(body.length);
  return { status: reply.status, headers, body };
}
