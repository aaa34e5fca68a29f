import type { ByteRange, PayloadErrorInfo } from './types.ts';

/** The four protobuf wire types this module reads; the others are reported as errors. */
export type WireTypeName = 'VARINT' | 'I64' | 'LEN' | 'I32';

/**
 * Every reading of a varint. The walker has no schema, so it shows them all instead of silently picking
 * one: 64-bit values as exact decimal strings.
 */
export interface VarintReadings {
  unsigned: string;
  /** Two's complement int64 (how int32/int64 negatives are sent). */
  signed: string;
  /** sint32/sint64 zigzag reading. */
  zigzag: string;
  bool: boolean;
}

/** Every reading of 8 fixed bytes (little-endian). */
export interface Fixed64Readings {
  uint64: string;
  int64: string;
  double: number;
}

/** Every reading of 4 fixed bytes (little-endian). */
export interface Fixed32Readings {
  uint32: number;
  int32: number;
  float: number;
}

/** Every reading of a length-delimited value: bytes always, text and nested message when they fit. */
export interface LenReadings {
  length: number;
  /** Upper-case hex of the value bytes. */
  hex: string;
  /** Present when the bytes are valid UTF-8. */
  utf8?: string;
  /** Present when the bytes parse completely as a protobuf message (within the depth limit). */
  message?: WireMessage;
}

/** One field as found on the wire, with byte ranges for linking to a hex view. */
export interface WireField {
  fieldNumber: number;
  wireType: number;
  wireTypeName: WireTypeName;
  /** Tag, length prefix and value. */
  range: ByteRange;
  /** The value bytes only (for LEN: after the length prefix). */
  valueRange: ByteRange;
  varint?: VarintReadings;
  fixed64?: Fixed64Readings;
  fixed32?: Fixed32Readings;
  len?: LenReadings;
}

/** A schema-less message: its fields in wire order, and where reading stopped if it failed. */
export interface WireMessage {
  range: ByteRange;
  fields: WireField[];
  /** Set at the top level when the bytes are not a well-formed message; `fields` holds what came before. */
  error?: PayloadErrorInfo;
}
