import { decodeDeviceDataArray } from '../../../shared/realtime/index.ts';
import type { DecodePayload } from './decode-summary.ts';

/**
 * The shared decoder without byte spans: what the listener, exports and replay use (spans are only for
 * hex views and would cost time on every webhook and every exported record).
 */
export const bulkDecode: DecodePayload = (bytes) => decodeDeviceDataArray(bytes, { spans: false });
