/** The shared decoder and encoder, in one place for the capture tests. */
export { decodeDeviceDataArray, encodeDeviceDataArray } from '../../../shared/realtime/index.ts';
