import protobuf from 'protobufjs';
import { payloadErrorInfo, PayloadError } from './payload-error.ts';
import { toJsonSafe } from './payload-json.ts';
import { SHIPPED_PROTOS } from './proto-files.ts';
import type { PayloadErrorInfo } from './types.ts';
import { walkWire } from './wire-walk.ts';

/**
 * Generic schema decoding with protobufjs, for payloads other than DeviceDataArray and for user-supplied
 * .proto files: a well-kept library instead of hand-written protobuf semantics.
 */

/** Result of decoding with a schema: the message as JSON-safe data, or where and why it failed. */
export interface ProtoDecodeResult {
  /** Fully qualified name of the message type used. */
  typeName: string;
  /** The decoded message (64-bit as decimal strings, enums by name, bytes as hex). Absent on failure. */
  value?: unknown;
  /** Problems that did not stop decoding, e.g. a missing required field. */
  warnings: string[];
  error?: PayloadErrorInfo;
}

function schemaError(message: string, found = ''): never {
  throw new PayloadError(payloadErrorInfo('bad-schema', 0, 'a valid .proto schema', found, '', message));
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function parseInto(
  root: protobuf.Root,
  file: string,
  text: string,
  imports: Record<string, string>,
  seen: Set<string>,
): void {
  seen.add(file);
  let parsed: protobuf.IParserResult;
  try {
    parsed = protobuf.parse(text, root, { keepCase: true, alternateCommentMode: true });
  } catch (e) {
    schemaError(`${file}: ${(e as Error).message}`, (e as Error).message);
  }
  for (const name of [...(parsed.imports ?? []), ...(parsed.weakImports ?? [])]) {
    if (seen.has(name)) continue;
    seen.add(name);
    const source =
      imports[name] ?? imports[baseName(name)] ?? SHIPPED_PROTOS[name] ?? SHIPPED_PROTOS[baseName(name)];
    if (source !== undefined) {
      parseInto(root, name, source, imports, seen);
      continue;
    }
    const common = protobuf.common.get(name);
    if (!common) schemaError(`${file}: import "${name}" is not available; supply that file too`, name);
    root.addJSON((common as { nested?: protobuf.INamespace['nested'] }).nested ?? {});
  }
}

/** Where a schema comes from: the files it imports (by import name) and its own name for messages. */
export interface SchemaSources {
  /** Texts of imported files by import name; "bcl.proto" and google/protobuf/* are built in. */
  imports?: Record<string, string>;
  /** Shown in errors, e.g. the path the user gave (default "the .proto file"). */
  fileName?: string;
}

/**
 * Parses a .proto text (plus its imports) into a resolved protobufjs Root. Throws PayloadError 'bad-schema'
 * naming the file and line.
 */
export function loadProtoSchema(protoText: string, sources: SchemaSources = {}): protobuf.Root {
  const root = new protobuf.Root();
  const fileName = sources.fileName ?? 'the .proto file';
  parseInto(root, fileName, protoText, sources.imports ?? {}, new Set());
  try {
    root.resolveAll();
  } catch (e) {
    schemaError(`${fileName}: ${(e as Error).message}`, (e as Error).message);
  }
  return root;
}

function allTypes(ns: protobuf.NamespaceBase, out: protobuf.Type[] = []): protobuf.Type[] {
  for (const obj of ns.nestedArray) {
    if (obj instanceof protobuf.Type) out.push(obj);
    if (obj instanceof protobuf.Namespace) allTypes(obj, out);
  }
  return out;
}

/** Finds a message type by full or short name (`DeviceDataArray` works when it is unique). */
export function findMessageType(root: protobuf.Root, typeName: string): protobuf.Type {
  const wanted = typeName.replace(/^\./, '');
  const types = allTypes(root);
  const exact = types.find((t) => t.fullName.slice(1) === wanted);
  if (exact) return exact;
  const short = types.filter((t) => t.name === wanted || t.fullName.endsWith(`.${wanted}`));
  if (short.length === 1) return short[0] as protobuf.Type;
  const names = types.map((t) => t.fullName.slice(1)).join(', ');
  return schemaError(
    short.length > 1
      ? `message type "${typeName}" is ambiguous: ${short.map((t) => t.fullName.slice(1)).join(', ')}`
      : `no message type "${typeName}" in the schema; it defines: ${names || 'no messages'}`,
    typeName,
  );
}

/** The JSON-safe plain object of a decoded message (exact 64-bit, enum names, hex bytes). */
export function messageToJson(type: protobuf.Type, message: protobuf.Message): unknown {
  return toJsonSafe(type.toObject(message, { longs: String, enums: String }));
}

/**
 * Decodes bytes as `typeName` from a user's .proto text (schema problems throw PayloadError 'bad-schema').
 * Payload problems do not throw: they come back in `error`, located by the wire walker where protobufjs
 * only says "index out of range".
 */
export function decodeWithProto(
  protoText: string,
  typeName: string,
  bytes: Uint8Array,
  sources: SchemaSources = {},
): ProtoDecodeResult {
  const type = findMessageType(loadProtoSchema(protoText, sources), typeName);
  const result: ProtoDecodeResult = { typeName: type.fullName.slice(1), warnings: [] };
  try {
    result.value = messageToJson(type, type.decode(bytes));
  } catch (e) {
    const instance = (e as { instance?: protobuf.Message }).instance;
    if (e instanceof Error && e.name === 'ProtocolError' && instance) {
      result.value = messageToJson(type, instance);
      result.warnings.push(e.message);
      return result;
    }
    const wire = walkWire(bytes, { maxDepth: 0 }).error;
    const text = e instanceof Error ? e.message : String(e);
    const depth = e instanceof RangeError && /call stack/i.test(text);
    result.error =
      wire ??
      payloadErrorInfo(
        depth ? 'depth-limit' : 'bad-value',
        0,
        `a ${result.typeName} message`,
        text,
        '',
        `cannot decode as ${result.typeName}: ${text}`,
      );
  }
  return result;
}
