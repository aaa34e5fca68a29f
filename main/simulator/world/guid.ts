import type { Random } from '../random.ts';

/** The all-zero GUID the API uses for "this M-Bus meter has no device in smart-me". */
export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/** A version-4 GUID (lower-case) drawn from a seeded Random, so ids are stable per seed. */
export function randomGuid(random: Random): string {
  const bytes = Array.from({ length: 16 }, () => random.int(0, 255));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
