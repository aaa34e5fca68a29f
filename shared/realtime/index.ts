/**
 * The Realtime-API payload toolkit: input parsing, schema-less wire walk, DeviceDataArray decode/encode,
 * protobuf-net bcl types, and generic schema decoding. Everything other parts use comes from here.
 */
export type * from './types.ts';
export type * from './wire-types.ts';
export { PayloadError, payloadErrorInfo } from './payload-error.ts';
export { parsePayloadInput, type InputFormat, type InputOptions, type ParsedInput } from './payload-input.ts';
export { splitFrames, type FramedInput, type FramedMessage, type Framing } from './framing.ts';
export { DelimitedSplitter } from './delimited-stream.ts';
export { decodeDeviceDataArray, type DecodeOptions } from './device-data-decode.ts';
export {
  columnDevices,
  columnObisCode,
  columnValue,
  columnValueCount,
  decodeDeviceDataColumns,
  itemsFromColumns,
  obisText,
  payloadFromColumns,
  type DeviceDataColumns,
} from './device-data-columns.ts';
export { decodeMessages } from './decode-messages.ts';
export { encodeDeviceDataArray } from './device-data-encode.ts';
export type { DeviceDataItemInput, DeviceValueInput } from './device-data-input.ts';
export { walkWire, DEFAULT_MAX_DEPTH, type WalkOptions } from './wire-walk.ts';
export {
  decodeWithProto,
  findMessageType,
  loadProtoSchema,
  messageToJson,
  type ProtoDecodeResult,
  type SchemaSources,
} from './proto-decode.ts';
export { BCL_PROTO, REALTIME_NO_BCL_PROTO, REALTIME_PROTO, SHIPPED_PROTOS } from './proto-files.ts';
export {
  payloadToJson,
  toJsonSafe,
  type JsonDeviceDataItem,
  type JsonDeviceValue,
  type PayloadJson,
} from './payload-json.ts';
export { guidFromHalves, guidFromWire, guidToHalves, guidToWireBytes } from './bcl-guid.ts';
export {
  DATETIME_MAX_TICKS,
  DATETIME_MIN_TICKS,
  dateTimeFromWire,
  isoToTicks,
  ticksToIso,
  wireValueFromTicks,
  type BclDateTime,
} from './bcl-datetime.ts';
export { timeSpanFromWire, timeSpanText, type BclTimeSpan } from './bcl-timespan.ts';
export { KIND_BY_NUMBER, SCALE_BY_NUMBER, TICKS_PER_UNIT } from './bcl-scale.ts';
export { obisFromWire, obisToWire, type ObisText } from './obis-bytes.ts';
export { bytesToHex, HEX_BYTE, hexToBytes } from './hex.ts';
export { wireTypeName } from './wire-field.ts';
