import { hexDigitValue } from './hex.ts';
import { badInput } from './payload-error.ts';

/**
 * Parsers for the ways people paste payload bytes: hex (any case, with spaces, colons, dashes, commas,
 * `0x` prefixes, line breaks), base64 / base64url and decimal byte lists. Each names the first bad
 * character and where it is, because pasted text is often cut or mangled.
 */

function where(text: string, index: number): string {
  if (!text.includes('\n')) return `position ${index}`;
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return `position ${index} (line ${line}, column ${column})`;
}

function shown(ch: string): string {
  return ch === '\n' ? 'line break' : ch === '\t' ? 'tab' : `'${ch}'`;
}

const HEX_SEPARATORS = new Set([' ', '\t', '\r', '\n', ':', '-', ',', ';']);

/** True at the start of a `0x` prefix (only at the start of a group, so `A0x` stays an error). */
function isPrefix(text: string, i: number): boolean {
  return (
    text[i] === '0' &&
    (text[i + 1] === 'x' || text[i + 1] === 'X') &&
    (i === 0 || HEX_SEPARATORS.has(text[i - 1] as string))
  );
}

/** Parses hex text into bytes; every group between separators must have an even number of digits. */
export function parseHexText(text: string): Uint8Array {
  const out: number[] = [];
  let groupStart = -1;
  let nibble = -1;
  const closeGroup = (i: number) => {
    if (nibble >= 0) {
      badInput(
        groupStart,
        '',
        'an even number of hex digits',
        `an odd number in the group at ${where(text, groupStart)}`,
        `hex group "${text.slice(groupStart, i)}" at ${where(text, groupStart)} has an odd number of digits: a byte is incomplete`,
      );
    }
    groupStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (HEX_SEPARATORS.has(ch)) {
      closeGroup(i);
      continue;
    }
    if (groupStart < 0 && isPrefix(text, i)) {
      i++;
      continue;
    }
    const v = hexDigitValue(text.charCodeAt(i));
    if (v < 0) {
      badInput(i, '', 'a hex digit', shown(ch), `character ${shown(ch)} at ${where(text, i)} is not hex`);
    }
    if (groupStart < 0) groupStart = i;
    if (nibble < 0) {
      nibble = v;
    } else {
      out.push(nibble * 16 + v);
      nibble = -1;
    }
  }
  closeGroup(text.length);
  return Uint8Array.from(out);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function b64Value(ch: string): number {
  if (ch === '-') return 62;
  if (ch === '_') return 63;
  return B64.indexOf(ch);
}

/** Parses base64 or base64url (padding optional, whitespace ignored) into bytes. */
export function parseBase64Text(text: string): Uint8Array {
  const values: number[] = [];
  let padAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') continue;
    if (ch === '=') {
      if (padAt < 0) padAt = i;
      continue;
    }
    const v = b64Value(ch);
    if (v < 0 || padAt >= 0) {
      const what = v < 0 ? 'is not base64' : 'comes after the = padding';
      badInput(i, '', 'a base64 character', shown(ch), `character ${shown(ch)} at ${where(text, i)} ${what}`);
    }
    values.push(v);
  }
  if (values.length % 4 === 1) {
    badInput(
      text.length,
      '',
      'a whole number of bytes',
      `${values.length} base64 characters`,
      `base64 text has ${values.length} characters, one too many or too few: the end was probably cut off`,
    );
  }
  const out = new Uint8Array(Math.floor((values.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < values.length; i += 4) {
    const a = values[i] as number;
    const b = values[i + 1] ?? 0;
    const c = values[i + 2] ?? 0;
    const d = values[i + 3] ?? 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

/** Parses a decimal byte list like `10, 90, 10` or `[10 90 10]` into bytes. */
export function parseDecimalText(text: string): Uint8Array {
  const out: number[] = [];
  const re = /[^\s,;[\]]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const token = m[0];
    if (!/^\d+$/.test(token)) {
      const bad = token.search(/\D/);
      const ch = token[bad] as string;
      badInput(
        m.index + bad,
        '',
        'a decimal digit',
        shown(ch),
        `character ${shown(ch)} at ${where(text, m.index + bad)} is not part of a decimal byte list`,
      );
    }
    const n = Number(token);
    if (n > 255) {
      badInput(
        m.index,
        '',
        'a byte value 0-255',
        token,
        `number ${token} at ${where(text, m.index)} is not a byte (0-255)`,
      );
    }
    out.push(n);
  }
  return Uint8Array.from(out);
}
