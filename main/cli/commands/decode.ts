import type { Lang } from '../../../shared/obis/index.ts';
import {
  decodeMessages,
  decodeWithProto,
  parsePayloadInput,
  PayloadError,
  payloadToJson,
  REALTIME_PROTO,
  toJsonSafe,
  walkWire,
  type DecodedPayload,
  type Framing,
  type InputFormat,
  type ParsedInput,
  type PayloadErrorInfo,
} from '../../../shared/realtime/index.ts';
import { parseCommandArgs } from '../args.ts';
import { errorContext } from '../decode-error-context.ts';
import { readProtoFiles } from '../decode-proto-files.ts';
import { formatWireTree, restHex } from '../decode-raw.ts';
import { readInputArgument } from '../decode-read-input.ts';
import { formatDecodeTable } from '../decode-table.ts';
import type { CliIo } from '../io.ts';
import { UsageError } from '../io.ts';

/** `meterscope decode --help`. */
export const usage = `Usage: meterscope decode <payload | @file | -> [options]

Decodes a Realtime-API payload (DeviceDataArray): hex in any form, base64, decimal byte lists, or a
binary file. Prints a table with OBIS names and units by default.

Options:
  --json                 JSON: {"items":[...], "warnings", "unknownFields", "error"} (lossless)
  --raw                  the wire tree without a schema: byte ranges and every reading of each field
  --proto FILE           decode with this .proto file (protobufjs) ...
  --type NAME            ... as this message type (alone: the shipped smart-me schema)
  --format F             auto (default), hex, base64, decimal, binary
  --skip N               ignore N leading bytes
  --framing F            none (default), delimited (varint length prefixes), grpc (5-byte frames)
  --spans                with --json: the byte range of every field
  --lang en|de           language of OBIS names (default en)

Exit status: 0 decoded, 1 the input or payload is broken (the message names the byte), 2 usage error.`;

const FORMATS = ['auto', 'hex', 'base64', 'decimal', 'binary'];
const FRAMINGS = ['none', 'delimited', 'grpc'];

function oneOf<T extends string>(value: unknown, allowed: readonly string[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${String(value)}")`);
  }
  return value as T;
}

function skipOf(value: unknown): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!/^\d+$/.test(String(value)) || !Number.isSafeInteger(n))
    throw new UsageError(`--skip must be a whole number (got "${String(value)}")`);
  return n;
}

function printError(io: CliIo, error: PayloadErrorInfo, bytes: Uint8Array | undefined): void {
  io.err(`meterscope decode: ${error.message}\n`);
  if (bytes && error.code !== 'bad-input') io.err(errorContext(bytes, error.offset));
}

/** Decodes a payload as a table, JSON, raw wire tree, or with a user schema. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    json: { type: 'boolean' },
    raw: { type: 'boolean' },
    proto: { type: 'string' },
    type: { type: 'string' },
    format: { type: 'string' },
    skip: { type: 'string' },
    framing: { type: 'string' },
    spans: { type: 'boolean' },
    lang: { type: 'string' },
  });
  if (positionals.length > 1)
    throw new UsageError(`one input only (got ${positionals.length}); quote text with spaces`);
  const format = oneOf<InputFormat>(values.format, FORMATS, '--format', 'auto');
  const framing = oneOf<Framing>(values.framing, FRAMINGS, '--framing', 'none');
  const lang = oneOf<Lang>(values.lang, ['en', 'de'], '--lang', 'en');
  const skip = skipOf(values.skip);
  if (values.proto !== undefined && values.type === undefined)
    throw new UsageError('--proto needs --type NAME');
  if (values.raw && values.type !== undefined)
    throw new UsageError('--raw and --type are different views: pick one');
  const input = await readInputArgument(positionals[0], io);
  if (typeof input === 'string' && format === 'binary')
    throw new UsageError('--format binary needs @file or -');

  let parsed: ParsedInput;
  try {
    parsed = parsePayloadInput(input, { format, skip, framing });
  } catch (e) {
    if (!(e instanceof PayloadError)) throw e;
    if (values.json) io.out(`${JSON.stringify({ items: [], error: e.info })}\n`);
    printError(io, e.info, undefined);
    return 1;
  }
  if (values.type !== undefined)
    return decodeProto(parsed, values.proto as string | undefined, values.type as string, io);
  const decoded = decodeMessages(parsed);
  if (values.raw) return printRaw(parsed, decoded, Boolean(values.json), io);
  if (values.json) io.out(`${JSON.stringify(payloadToJson(decoded, { spans: Boolean(values.spans) }))}\n`);
  else io.out(formatDecodeTable(decoded, lang));
  if (!decoded.error) return 0;
  printError(io, decoded.error, parsed.bytes);
  return 1;
}

function printRaw(parsed: ParsedInput, decoded: DecodedPayload, json: boolean, io: CliIo): number {
  const trees = parsed.messages.map((m) => ({ offset: m.offset, tree: walkWire(m.bytes) }));
  if (json) {
    io.out(
      `${JSON.stringify(toJsonSafe(trees.length === 1 && !parsed.framingError ? trees[0]!.tree : trees))}\n`,
    );
  } else {
    for (const { offset, tree } of trees) {
      if (trees.length > 1) io.out(`message at byte ${offset}:\n`);
      io.out(formatWireTree(tree, offset, decoded.spans));
      const stoppedAt = tree.error ? tree.error.offset : undefined;
      if (stoppedAt !== undefined)
        io.out(`not walked: bytes ${offset + stoppedAt}.. ${restHex(parsed.bytes, offset + stoppedAt)}\n`);
    }
  }
  const errors = trees.flatMap(({ offset, tree }) =>
    tree.error ? [{ ...tree.error, offset: tree.error.offset + offset }] : [],
  );
  const first = errors[0] ?? parsed.framingError;
  if (!first) return 0;
  printError(io, first, parsed.bytes);
  return 1;
}

async function decodeProto(
  parsed: ParsedInput,
  protoPath: string | undefined,
  typeName: string,
  io: CliIo,
): Promise<number> {
  const { text, imports } = protoPath
    ? await readProtoFiles(protoPath)
    : { text: REALTIME_PROTO, imports: {} };
  let failed: PayloadErrorInfo | undefined = parsed.framingError;
  const results = [];
  for (const m of parsed.messages) {
    let r;
    try {
      r = decodeWithProto(text, typeName, m.bytes, { imports, fileName: protoPath ?? 'realtime.proto' });
    } catch (e) {
      if (!(e instanceof PayloadError)) throw e;
      io.err(`meterscope decode: ${e.info.message}\n`);
      return 1;
    }
    if (r.error) {
      r.error = { ...r.error, offset: r.error.offset + m.offset };
      failed ??= r.error;
    }
    results.push(r);
  }
  const out = results.length === 1 && !parsed.framingError ? results[0] : results;
  io.out(`${JSON.stringify(toJsonSafe(out), null, 2)}\n`);
  if (!failed) return 0;
  printError(io, failed, parsed.bytes);
  return 1;
}
