/**
 * Guesses how pasted text encodes bytes. Order matters: decimal lists first (digits and commas), then hex
 * (the usual form, also when it has a typo: mostly-hex text is reported as bad hex rather than silently
 * read as base64), then base64.
 */
export type TextFormat = 'hex' | 'base64' | 'decimal';

function looksDecimal(t: string): boolean {
  if (!/^[\d\s,;[\]]+$/.test(t)) return false;
  if (/[,;[\]]/.test(t)) return true;
  const tokens = t.split(/\s+/);
  // Space-separated pairs ("10 90 10") read as a hex dump; a 1- or 3-digit group can only be decimal.
  return tokens.some((tok) => tok.length !== 2) && tokens.every((tok) => tok.length <= 3);
}

/** Detects the text format of a (trimmed) input; empty text counts as hex (no bytes). */
export function detectTextFormat(text: string): TextFormat {
  const t = text.trim();
  if (t === '') return 'hex';
  if (looksDecimal(t)) return 'decimal';
  const unprefixed = t.replace(/(^|[\s:,;-])0[xX]/g, '$1');
  if (/^[0-9a-fA-F\s:,;-]*$/.test(unprefixed)) return 'hex';
  if (/[+/=_]/.test(unprefixed)) return 'base64';
  const alnum = unprefixed.match(/[0-9a-zA-Z]/g) ?? [];
  // Random base64 is about one third hex digits; hex with a typo has one or two odd characters.
  const nonHex = alnum.filter((c) => !/[0-9a-fA-F]/.test(c)).length;
  return alnum.length >= 6 && nonHex <= Math.max(1, alnum.length * 0.1) ? 'hex' : 'base64';
}
