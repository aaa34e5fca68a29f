import protobuf from 'protobufjs';
import { decodeWithProto, loadProtoSchema, PayloadError } from '../../../shared/realtime/index.ts';
import type { ProtoView } from '../../../shared/contract/calls/decoder-schemas.ts';

/** A user schema as the decoder view keeps it. */
export interface UserProto {
  text: string;
  typeName: string;
  fileName: string;
}

const schemaProblem = (e: unknown) =>
  e instanceof PayloadError ? e.info : { code: 'bad-schema', offset: 0, message: String(e) };

/**
 * Decodes every framed message with the user's .proto (protobufjs, via shared/realtime). A schema that does
 * not load is a result too (`bad-schema` naming file and line), so the DeviceDataArray decode next to it
 * still shows; a payload that does not fit names its byte in the whole input.
 */
export function protoView(
  proto: UserProto,
  messages: readonly { offset: number; bytes: Uint8Array }[],
): ProtoView {
  const values: unknown[] = [];
  const warnings: string[] = [];
  let typeName = proto.typeName;
  try {
    for (const message of messages) {
      const result = decodeWithProto(proto.text, proto.typeName, message.bytes, { fileName: proto.fileName });
      typeName = result.typeName;
      warnings.push(...result.warnings);
      if (result.error) {
        const offset = result.error.offset + message.offset;
        const json = values.length > 0 ? JSON.stringify(values, null, 2) : null;
        return {
          typeName,
          json,
          warnings,
          error: { code: result.error.code, offset, message: `byte ${offset}: ${result.error.message}` },
        };
      }
      values.push(result.value);
    }
  } catch (e) {
    const info = schemaProblem(e);
    return { typeName, json: null, warnings, error: { code: info.code, offset: 0, message: info.message } };
  }
  const json = JSON.stringify(messages.length === 1 ? values[0] : values, null, 2);
  return { typeName, json, warnings, error: null };
}

function collectTypes(ns: protobuf.NamespaceBase, out: string[]): string[] {
  for (const obj of ns.nestedArray) {
    if (obj instanceof protobuf.Type) out.push(obj.fullName.replace(/^\./, ''));
    if (obj instanceof protobuf.Namespace) collectTypes(obj, out);
  }
  return out;
}

/**
 * Every message type a .proto defines (what the type picker offers). Throws shared/realtime's PayloadError
 * `bad-schema` naming the file and line when the schema does not load.
 */
export function protoMessageTypes(proto: Pick<UserProto, 'text' | 'fileName'>): string[] {
  const root = loadProtoSchema(proto.text, { fileName: proto.fileName });
  return collectTypes(root, []).filter((name) => !name.startsWith('google.protobuf.'));
}
