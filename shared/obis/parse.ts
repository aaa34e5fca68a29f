import type { ObisCode } from './obis-code.ts';
import { ObisParseError } from './obis-parse-error.ts';

/** A parsed code, plus whether A and B were filled in because the text gave only `C.D.E`. */
export interface ParsedObis extends ObisCode {
  /** True for short forms such as `1.8.0`: A=1 (electricity) and B=0 were assumed, not read. */
  abAssumed: boolean;
}

/** The outcome of {@link tryParseObis}: a code, or the error a form field can show next to the input. */
export type ObisParseResult = { ok: true; value: ParsedObis } | { ok: false; error: ObisParseError };

const NAMES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const EXPECTED = 'expected A-B:C.D.E*F (1-0:1.8.0*255), C.D.E (1.8.0) or 12 hex digits (0100010800FF)';

// IEC 62056-61 notation: optional "A-B:", then C.D.E, then an optional F after "*", "&" or ".".
const IEC = /^(?:(\d{1,3})-(\d{1,3}):)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:[*&.](\d{1,3}))?$/;
// DLMS logical-name notation: six decimal groups joined by dots (1.0.1.8.0.255).
const DOTTED = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
// Six two-digit hex bytes joined by one separator: 01-00-01-08-00-FF, 01 00 01 08 00 FF, 01:00:...
const HEX_GROUPED = /^[0-9a-f]{2}([-: .])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}$/i;
const HEX_PLAIN = /^[0-9a-f]+$/i;

function fromGroups(input: string, groups: number[], abAssumed: boolean): ParsedObis {
  groups.forEach((v, i) => {
    if (v > 255)
      throw new ObisParseError(`value group ${NAMES[i]} is ${v}, but each group is one byte (0-255)`, input);
  });
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = groups;
  return { a, b, c, d, e, f, abAssumed };
}

function fromHex(input: string, hex: string): ParsedObis {
  const bytes = hex.match(/../g) ?? [];
  return fromGroups(
    input,
    bytes.map((b) => parseInt(b, 16)),
    false,
  );
}

/**
 * Reads an OBIS code in any notation a technician meets: `1-0:1.8.0*255`, `1-0:1.8.0` (F=255),
 * `1.8.0` (A=1, B=0 assumed and flagged), `1-0:1.8.0.255`, `1-0:1.8.0&255`, `1.0.1.8.0.255`,
 * `0100010800FF`, `0x0100010800ff`, `01-00-01-08-00-FF`, `01 00 01 08 00 FF`. Throws {@link ObisParseError}
 * with what was expected.
 */
export function parseObis(text: string): ParsedObis {
  const input = text.trim().replace(/\s+/g, ' ');
  if (input === '') throw new ObisParseError(`the text is empty; ${EXPECTED}`, text);

  const dotted = DOTTED.exec(input);
  if (dotted) return fromGroups(input, dotted.slice(1).map(Number), false);

  const iec = IEC.exec(input);
  if (iec) {
    const [, a, b, c, d, e, f] = iec;
    const abAssumed = a === undefined;
    const groups = [a ?? '1', b ?? '0', c, d, e, f ?? '255'].map(Number);
    return fromGroups(input, groups, abAssumed);
  }

  if (HEX_GROUPED.test(input)) return fromHex(input, input.replace(/[-: .]/g, ''));

  const plain = input.replace(/^0x/i, '');
  if (HEX_PLAIN.test(plain)) {
    if (plain.length === 12) return fromHex(input, plain);
    throw new ObisParseError(`it has ${plain.length} hex digits, but an OBIS code has 12 (6 bytes)`, input);
  }
  throw new ObisParseError(EXPECTED, input);
}

/** Like {@link parseObis} but never throws: for input fields that validate while the user types. */
export function tryParseObis(text: string): ObisParseResult {
  try {
    return { ok: true, value: parseObis(text) };
  } catch (error) {
    if (error instanceof ObisParseError) return { ok: false, error };
    throw error;
  }
}
