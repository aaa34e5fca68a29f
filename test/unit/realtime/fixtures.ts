import { readFileSync } from 'node:fs';

/** The vendor vectors (copied from the shared reference so the suite runs on a clean clone). */
export interface VectorCase {
  name: string;
  hex: string;
  expect: {
    items: {
      deviceId: string;
      dateTime: string;
      dateTimeTicks?: string;
      dateTimeScale?: string;
      dateTimeKind?: string;
      values: { obis: string; obisHex?: string; value: number }[];
    }[];
  };
}

/** Loads test/fixtures/realtime/realtime-payloads.json. */
export function loadVectors(): VectorCase[] {
  const url = new URL('../../fixtures/realtime/realtime-payloads.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { cases: VectorCase[] }).cases;
}

/** Bytes of a hex string (test inputs are written as hex, like the vendor's documentation). */
export function hex(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
}

/** Upper-case hex of bytes, for comparing with documented payloads. */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').toUpperCase();
}

/** A length-delimited field: tag byte, varint length, body (builds hand-made payloads readably). */
export function ld(tag: number, ...parts: (Uint8Array | number[])[]): Uint8Array {
  const body = concat(...parts);
  const len: number[] = [];
  let n = body.length;
  while (n >= 0x80) {
    len.push((n & 0x7f) | 0x80);
    n >>= 7;
  }
  len.push(n);
  return concat([tag], len, body);
}

/** Concatenates byte pieces. */
export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

/** The GUID 00112233-4455-6677-8899-aabbccddeeff as its bcl.Guid message body. */
export const GUID_BODY = hex('09 3322110055447766 11 8899AABBCCDDEEFF');
/** DateTime 2024-01-01T00:00:00Z in SECONDS as a bcl.DateTime message body. */
export const TIME_BODY = hex('08 808290D90C 10 03');
/** OBIS 1-0:1.8.0*255 = 1000.5 as a DeviceValue body. */
export const VALUE_BODY = hex('0A 06 0100010800FF 11 0000000000448F40');
