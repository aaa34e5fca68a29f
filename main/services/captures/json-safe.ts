/**
 * JSON.stringify replacer for decoded values: NaN, ±Infinity and -0 become the strings "NaN", "Infinity",
 * "-Infinity" and "-0" (the spellings the encoder accepts back), instead of JSON's silent `null`/`0`.
 */
export function jsonSafeNumbers(_key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (Number.isFinite(value)) return Object.is(value, -0) ? '-0' : value;
  return String(value);
}
