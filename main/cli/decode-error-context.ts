import { HEX_BYTE } from '../../shared/realtime/index.ts';

/**
 * Two lines pointing at the failing byte in a hex dump, so a technician sees where a payload breaks
 * without counting bytes:
 *
 *     byte 12: 8E 9F 83 41 11 B3 D1
 *                          ^^
 */
export function errorContext(bytes: Uint8Array, offset: number): string {
  const from = Math.max(0, offset - 8);
  const to = Math.min(bytes.length, offset + 8);
  const cells: string[] = [];
  for (let i = from; i < to; i++) cells.push(HEX_BYTE[bytes[i] as number] as string);
  const label = `  bytes ${from}..${to}: `;
  const marker = offset < bytes.length ? '^^' : '^ (end of data)';
  const line = cells.length ? cells.join(' ') : '(no bytes)';
  return `${label}${line}\n${' '.repeat(label.length + (offset - from) * 3)}${marker}\n`;
}
