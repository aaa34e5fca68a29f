/**
 * The domain shapes of a decoded Realtime-API payload. They are also the JSON the CLI prints and the
 * encoder accepts, so `decode(encode(x))` can be compared with `x` directly.
 */

/** protobuf-net bcl TimeSpanScale names; DAYS is the default when the field is absent. */
export type TimeScale = 'DAYS' | 'HOURS' | 'MINUTES' | 'SECONDS' | 'MILLISECONDS' | 'TICKS' | 'MINMAX';

/** protobuf-net bcl DateTimeKind names; UNSPECIFIED when absent. */
export type DateTimeKind = 'UNSPECIFIED' | 'UTC' | 'LOCAL';

/** A half-open byte range [start, end) into the payload bytes. */
export interface ByteRange {
  start: number;
  end: number;
}

/** One OBIS reading of one device. */
export interface DeviceValue {
  /** `A-B:C.D.E*F`, e.g. `1-0:1.8.0*255`. Non-6-byte OBIS fields are shown as hex with a warning. */
  obis: string;
  /** The raw OBIS bytes as 12 upper-case hex digits, e.g. `0100010800FF`. */
  obisHex: string;
  /** The IEEE-754 double exactly as sent (may be NaN or ±Infinity: those print as strings in JSON). */
  value: number;
}

/** One DeviceData entry: a device's values at one moment. */
export interface DeviceDataItem {
  /** Lower-case GUID in .NET byte order, e.g. `3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1`. */
  deviceId: string;
  /**
   * ISO-8601 UTC with `Z`, at least milliseconds and as many further digits as the ticks need (up to 7),
   * e.g. `2019-10-16T12:20:44.9788512Z`. MINMAX gives `9999-12-31T23:59:59.9999999Z` or
   * `0001-01-01T00:00:00.000Z`. Empty when the DateTime field is missing (a warning says so).
   */
  dateTime: string;
  /** The exact instant in 100 ns ticks since 1970-01-01 as a decimal string (never rounded through a double). */
  dateTimeTicks: string;
  dateTimeScale: TimeScale;
  dateTimeKind: DateTimeKind;
  values: DeviceValue[];
}

/** A field the schema does not know (for example from a newer schema): skipped and listed, never fatal. */
export interface UnknownField {
  /** Where it sits, e.g. `DeviceDataItems[0]`. */
  path: string;
  fieldNumber: number;
  wireType: number;
  range: ByteRange;
}

/** Something missing or odd that did not stop decoding (e.g. a required field absent). */
export interface DecodeWarning {
  path: string;
  message: string;
  range?: ByteRange;
}

/** Stable codes of payload errors; the UI and CLI explain each one. */
export type PayloadErrorCode =
  | 'truncated'
  | 'length-past-end'
  | 'bad-wire-type'
  | 'varint-overflow'
  | 'field-number-zero'
  | 'depth-limit'
  | 'bad-value'
  | 'not-a-payload'
  | 'bad-input'
  | 'bad-schema';

/** The one error shape of the decoder: where it stopped, what it expected there, and what it found. */
export interface PayloadErrorInfo {
  code: PayloadErrorCode;
  /** Byte offset into the payload where decoding failed. */
  offset: number;
  expected: string;
  found: string;
  /** Field path, e.g. `DeviceDataItems[2].DeviceValues[0].Value`. */
  path: string;
  /** One sentence a technician understands, naming the offset. */
  message: string;
}

/** A schema-annotated span: links a decoded field to its bytes (hex pane <-> tree). */
export interface FieldSpan {
  /** e.g. `DeviceDataItems[0].DeviceValues[1].Value` */
  path: string;
  fieldNumber: number;
  wireType: number;
  /** The whole field: tag, length prefix and value. */
  range: ByteRange;
  /** Only the value bytes (after tag and length). */
  valueRange: ByteRange;
}

/** The result of decoding a DeviceDataArray. Partial results are kept when `error` is set. */
export interface DecodedPayload {
  items: DeviceDataItem[];
  warnings: DecodeWarning[];
  unknownFields: UnknownField[];
  spans: FieldSpan[];
  error?: PayloadErrorInfo;
}
