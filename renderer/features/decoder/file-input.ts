import { bytesToHex } from '../../../shared/realtime/hex.ts';

/** Longest file the Decoder view reads (8 MiB: 16 Mi hex characters, the decoder's input limit). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * True when a file's bytes are text someone saved a payload in (hex, base64 or decimal: printable ASCII
 * and whitespace only); false for a binary payload, which the view then shows as hex.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    const printable = b >= 0x20 && b < 0x7f;
    const space = b === 0x09 || b === 0x0a || b === 0x0d;
    if (!printable && !space) return false;
  }
  return bytes.length > 0;
}

/** What a dropped or picked file becomes in the input box. */
export function fileToInput(bytes: Uint8Array): { text: string; format: 'auto' | 'hex' } {
  if (looksLikeText(bytes)) return { text: new TextDecoder().decode(bytes), format: 'auto' };
  return { text: bytesToHex(bytes), format: 'hex' };
}
