/**
 * A user code as smart-me shows them ("0648-9465-6349"): 12 digits in groups of four, easy to read out and
 * type on a phone. Digits come from `random` by rejection sampling, so none is more likely than another.
 */
export function makeUserCode(random: (n: number) => Uint8Array): string {
  const digits: number[] = [];
  while (digits.length < 12) {
    for (const byte of random(16)) {
      if (byte < 250 && digits.length < 12) digits.push(byte % 10);
    }
  }
  return [0, 4, 8].map((i) => digits.slice(i, i + 4).join('')).join('-');
}

/** What a person typed, reduced to the canonical form: spaces, dashes and other separators are ignored. */
export function normalizeUserCode(typed: string): string | undefined {
  const digits = typed.replace(/[\s-]/g, '');
  if (!/^\d{12}$/.test(digits)) return undefined;
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
}
