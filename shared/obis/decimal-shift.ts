/**
 * value × 10^exp, computed on the decimal digits rather than with a binary multiply, so unit conversions
 * give the number a person expects: 1879583.2 mWh → 1879.5832 Wh, not 1879.5832000000001.
 */
export function shiftDecimal(value: number, exp: number): number {
  if (!Number.isFinite(value) || value === 0 || exp === 0) return value;
  const [mantissa = '0', power = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(power) + exp}`);
}
