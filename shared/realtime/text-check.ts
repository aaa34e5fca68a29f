import { payloadErrorInfo } from './payload-error.ts';
import type { PayloadErrorInfo } from './types.ts';

/**
 * Bytes that are all printable ASCII are almost never a protobuf payload (GUID and double bytes are
 * binary), but often a hex or base64 text that was read as raw bytes. Naming that saves a technician
 * from puzzling over a wire-type error.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  // 0x0A (a line feed) is how every DeviceDataArray starts and how no pasted text does.
  if (bytes.length < 2 || bytes[0] === 0x0a) return false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (!(b >= 0x20 && b < 0x7f) && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

/** Re-labels a decode error on text-looking bytes as `not-a-payload`, keeping offset and path. */
export function notAPayload(bytes: Uint8Array, cause: PayloadErrorInfo): PayloadErrorInfo {
  let preview = '';
  for (let i = 0; i < Math.min(bytes.length, 24); i++) preview += String.fromCharCode(bytes[i] as number);
  const more = bytes.length > 24 ? '…' : '';
  const text = JSON.stringify(preview + more);
  return payloadErrorInfo(
    'not-a-payload',
    cause.offset,
    'protobuf bytes',
    `plain text ${text}`,
    cause.path,
    `not a protobuf payload: the bytes are plain text ${text}; if it is hex or base64, decode it as text ` +
      `(decoding stopped at byte ${cause.offset}: ${cause.message})`,
  );
}
