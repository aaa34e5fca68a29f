import type { CallResponse, ParsedRequest } from '../../../shared/contract/types.ts';
import { bytesToHex, PayloadError } from '../../../shared/realtime/index.ts';
import { ServiceError } from '../../ipc/service-error.ts';
import type { DecoderPort } from './decode-text.ts';
import { obisRows } from './obis-rows.ts';
import type { ProtoStore } from './proto-store.ts';
import { protoMessageTypes, protoView } from './proto-view.ts';
import { buildWireTree } from './wire-tree.ts';

/**
 * The Decoder view's calls: decode pasted text into the annotated result (items, spans, wire tree with
 * every reading, OBIS table, optional user-schema decode), and keep the user's .proto across restarts.
 * Text that is not a payload at all is a `bad-input` error naming the position; a payload that breaks
 * mid-way is a result, because its decoded part and the error's byte are what the view shows.
 */
export function createDecoderViewService(decoder: DecoderPort | undefined, store: ProtoStore) {
  return {
    'decoder:decode': async (r: ParsedRequest<'decoder:decode'>): Promise<CallResponse<'decoder:decode'>> => {
      if (!decoder)
        throw new ServiceError('unavailable', 'The payload decoder is not part of this build yet.');
      const parsed = decoder.parsePayloadInput(r.text, {
        format: r.format,
        skip: r.skip,
        framing: r.framing,
      });
      const decoded = decoder.decodeMessages(parsed);
      const tree = buildWireTree({ bytes: parsed.bytes, messages: parsed.messages, spans: decoded.spans });
      return {
        format: parsed.format,
        hex: bytesToHex(parsed.bytes),
        messageCount: parsed.messages.length,
        decoded,
        wire: tree.nodes,
        wireTruncated: tree.truncated,
        obis: obisRows(decoded, r.lang),
        proto: r.proto ? protoView(r.proto, parsed.messages) : null,
      };
    },
    'decoder:proto-get': async () => ({ proto: await store.load() }),
    'decoder:proto-set': async (r: ParsedRequest<'decoder:proto-set'>) => {
      if (!r.proto) {
        await store.save(null);
        return { proto: null, types: [] };
      }
      let types: string[];
      try {
        types = protoMessageTypes(r.proto);
      } catch (e) {
        if (e instanceof PayloadError) throw new ServiceError('bad-schema', e.message);
        throw e;
      }
      const wanted = r.proto.typeName.replace(/^\./, '');
      const matches = types.filter((t) => t === wanted || t.endsWith(`.${wanted}`));
      const typeName = wanted ? (matches.includes(wanted) ? wanted : matches[0]) : types[0];
      if (typeName === undefined || (wanted && matches.length > 1 && !matches.includes(wanted))) {
        const list = types.join(', ') || 'no message types';
        throw new ServiceError('bad-schema', `Pick one message type of the schema: ${list}.`);
      }
      const proto = { ...r.proto, typeName };
      await store.save(proto);
      return { proto, types };
    },
  };
}
