import type { RunningSimulator } from '../../../main/simulator/index.ts';

/** One answer as a client sees it: status, headers, the raw text and (when it parses) the JSON. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** Authorization headers of the built-in accounts. */
export const AUTH = {
  demo: 'ApiKey demo',
  demoBasic: `Basic ${Buffer.from('demo:demo').toString('base64')}`,
  basic: 'ApiKey basic',
  partner: 'ApiKey partner',
} as const;

/** Calls the simulator like a client would (fetch), returning everything a test may check. */
export async function call(
  sim: RunningSimulator,
  method: string,
  path: string,
  options: { auth?: string | null; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  const auth = options.auth === undefined ? AUTH.demo : options.auth;
  if (auth) headers.authorization = auth;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${sim.baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** GET with the demo API key (or the given auth). */
export const get = (sim: RunningSimulator, path: string, auth?: string | null) =>
  call(sim, 'GET', path, { auth });

/** A JSON object from an answer (fails the test with the body when it is not one). */
export function obj(answer: Answer): Record<string, unknown> {
  if (typeof answer.json !== 'object' || answer.json === null || Array.isArray(answer.json)) {
    throw new Error(`expected a JSON object, got ${answer.status}: ${answer.text.slice(0, 200)}`);
  }
  return answer.json as Record<string, unknown>;
}

/** A JSON array of objects from an answer. */
export function list(answer: Answer): Record<string, unknown>[] {
  if (!Array.isArray(answer.json))
    throw new Error(`expected a JSON array, got ${answer.status}: ${answer.text.slice(0, 200)}`);
  return answer.json as Record<string, unknown>[];
}

/** Every key of a JSON value, recursively (to check PascalCase and the absence of nulls). */
export function walkJson(value: unknown, visit: (key: string, v: unknown) => void): void {
  if (Array.isArray(value)) value.forEach((v) => walkJson(v, visit));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      visit(k, v);
      walkJson(v, visit);
    }
  }
}

/** The API's date format: UTC, `Z`, exactly 7 fractional digits. */
export const API_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/;

/** A fixed instant for tests with a manual clock (the vendor capture's date). */
export const T0 = Date.UTC(2026, 6, 25, 13, 6, 32, 50);
