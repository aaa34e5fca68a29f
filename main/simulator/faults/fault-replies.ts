import type { SerializedReply } from '../http/reply.ts';
import { serializeReply } from '../http/reply.ts';
import type { Fault } from './fault-types.ts';

const REASONS: Record<number, string> = {
  429: 'Too many requests.',
  500: 'Internal server error.',
  502: 'Bad gateway.',
  503: 'Service unavailable.',
  504: 'Gateway timeout.',
};

/** A status fault's answer: short text, and `Retry-After` (seconds) on 429 and when asked for. */
export function statusReply(fault: Extract<Fault, { kind: 'status' }>): SerializedReply {
  const headers: Record<string, string> = {};
  const retryAfter = fault.retryAfterSeconds ?? (fault.status === 429 ? 1 : undefined);
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
  const reason = REASONS[fault.status] ?? 'Simulated failure.';
  const text = retryAfter === undefined ? reason : `${reason} Retry after ${retryAfter} s.`;
  return serializeReply({ status: fault.status, text, headers });
}

/** An HTML error page such as a proxy in front of the API shows (what a client must not parse as JSON). */
export function htmlReply(fault: Extract<Fault, { kind: 'html' }>): SerializedReply {
  const status = fault.status ?? 502;
  const title = `${status} ${(REASONS[status] ?? 'Error').replace(/\.$/, '')}`;
  const body = Buffer.from(
    `<!DOCTYPE html>\n<html><head><title>${title}</title></head>` +
      `<body><h1>${title}</h1><p>The web server reported an error. (simulated)</p><hr>cloudflare</body></html>\n`,
    'utf8',
  );
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) },
    body,
  };
}

/** Cuts a JSON answer in half (a 200 whose body does not parse), keeping the JSON content type. */
export function invalidJsonReply(reply: SerializedReply): SerializedReply {
  const source = reply.body.length > 2 ? reply.body : Buffer.from('{"Id":"', 'utf8');
  const body = Buffer.concat([
    source.subarray(0, Math.ceil(source.length / 2)),
    Buffer.from('\u0000<', 'utf8'),
  ]);
  return {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) },
    body,
  };
}
