import type { Random } from '../random.ts';

/** M-Bus manufacturer codes of common meter makers (EN 13757-3: three letters packed in 15 bits). */
const MANUFACTURERS = ['KAM', 'EFE', 'ZRI', 'SEN', 'ITW', 'LUG', 'ABB'] as const;

/** M-Bus medium byte per meter energy type (EN 13757-3 device types). */
const MEDIUM: Record<string, number> = {
  electricity: 0x02,
  gas: 0x03,
  heat: 0x04,
  'hot-water': 0x06,
  water: 0x07,
};

/** Packs a three-letter manufacturer code the way M-Bus does: ((c1-64)<<10)|((c2-64)<<5)|(c3-64). */
export function manufacturerId(code: string): number {
  return [...code.toUpperCase()].reduce((acc, ch) => (acc << 5) | (ch.charCodeAt(0) - 64), 0);
}

/**
 * A secondary address as the gateway shows it: 8-digit identification number, manufacturer (4 hex),
 * version (2 hex) and medium (2 hex), e.g. `12345678 2C2D 1B 04` without spaces.
 */
export function secondaryAddress(random: Random, medium: string): string {
  const id = String(random.int(10_000_000, 99_999_999));
  const manufacturer = manufacturerId(random.pick(MANUFACTURERS)).toString(16).toUpperCase().padStart(4, '0');
  const version = random.int(1, 0x40).toString(16).toUpperCase().padStart(2, '0');
  const mediumByte = (MEDIUM[medium] ?? 0x00).toString(16).toUpperCase().padStart(2, '0');
  return `${id}${manufacturer}${version}${mediumByte}`;
}
