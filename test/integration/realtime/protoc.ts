import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The shipped .proto folder, as protoc's include path. */
export const PROTO_DIR = fileURLToPath(new URL('../../../shared/realtime/proto/', import.meta.url));
/** Test-only protos (a "newer" schema with extra fields). */
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/realtime/', import.meta.url));

const MISSING = 'protoc not found: install protobuf-compiler (sudo apt-get install -y protobuf-compiler)';

function protoc(args: string[], input: string | Uint8Array): Buffer {
  try {
    return execFileSync('protoc', [`-I${PROTO_DIR}`, `-I${FIXTURE_DIR}`, ...args], {
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT') throw new Error(MISSING, { cause: e });
    throw new Error(`protoc failed: ${err.stderr?.toString() ?? err.message}`, { cause: e });
  }
}

/** protoc as an independent encoder: text format in, wire bytes out. Fails loudly when protoc is missing. */
export function protocEncode(
  text: string,
  type = 'RealtimeApi.Containers.DeviceDataArray',
  file = 'realtime.proto',
): Uint8Array {
  return new Uint8Array(protoc([`--encode=${type}`, file], text));
}

/** protoc as an independent decoder: wire bytes in, text format out. */
export function protocDecode(
  bytes: Uint8Array,
  type = 'RealtimeApi.Containers.DeviceDataArray',
  file = 'realtime.proto',
): string {
  return protoc([`--decode=${type}`, file], bytes).toString('utf8');
}

/** protoc's version line, proving it is installed. */
export function protocVersion(): string {
  return protoc(['--version'], '').toString('utf8').trim();
}

/** Decodes a C-escaped protoc text-format string (octal escapes, \n, \", ...) into bytes. */
export function unescapeProtocBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== '\\') {
      out.push(ch.charCodeAt(0));
      continue;
    }
    const next = text[++i] as string;
    if (/[0-7]/.test(next)) {
      const oct = /^[0-7]{1,3}/.exec(text.slice(i))![0];
      out.push(parseInt(oct, 8));
      i += oct.length - 1;
    } else {
      out.push({ n: 10, r: 13, t: 9, '"': 34, "'": 39, '\\': 92 }[next] ?? next.charCodeAt(0));
    }
  }
  return Uint8Array.from(out);
}

/** A protoc text-format message as nested objects; repeated and scalar fields both become arrays. */
export type TextMessage = { [field: string]: (string | TextMessage)[] };

/** Parses protoc's --decode output (one `name: value` or `name {` / `}` per line). */
export function parseProtocText(text: string): TextMessage {
  const root: TextMessage = {};
  const stack: TextMessage[] = [root];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const top = stack[stack.length - 1]!;
    if (line === '}') {
      stack.pop();
    } else if (line.endsWith('{')) {
      const child: TextMessage = {};
      (top[line.slice(0, -1).trim()] ??= []).push(child);
      stack.push(child);
    } else {
      const at = line.indexOf(':');
      let value = line.slice(at + 1).trim();
      if (value.startsWith('"')) value = value.slice(1, -1);
      (top[line.slice(0, at)] ??= []).push(value);
    }
  }
  return root;
}
