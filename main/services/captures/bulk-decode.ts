import { decodeDeviceDataArray, decodeDeviceDataColumns } from '../../../shared/realtime/index.ts';
import type { DecodePayload } from './decode-summary.ts';

/**
 * The shared decoder without byte spans: what the listener, exports and replay use (spans are only for
 * hex views and would cost time on every webhook and every exported record). It carries the columns
 * decoder, so the listener decodes smart-me's payloads without building an object per value.
 */
export const bulkDecode: DecodePayload = Object.assign(
  (bytes: Uint8Array) => decodeDeviceDataArray(bytes, { spans: false }),
  { columns: decodeDeviceDataColumns },
);
