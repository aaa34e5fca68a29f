import { itemsFromColumns, payloadToJson } from '../../../shared/realtime/index.ts';
import { catalogLabels, type LabelObis } from '../captures/obis-labels.ts';
import { formatReceiveTime } from '../captures/receive-time.ts';
import type { Frame } from './frame.ts';

/** Values printed per item before "…" (a 20-value item still fits a wide terminal line or two). */
const VALUES_SHOWN = 20;

const catalog = catalogLabels();

/**
 * One frame as the human line `listen` prints: receive time, sequence number, status, then the first
 * item's device, timestamp and OBIS=value pairs with the Realtime API's unit (`*` where smart-me does not
 * document it: see ASSUMED_UNIT_NOTE), or where decoding stopped. Of a frame decoded to columns only the
 * first item is built.
 */
export function frameLine(frame: Frame, labels: LabelObis = catalog): string {
  const head = `${formatReceiveTime(frame).slice(11, 23)}  #${frame.seq}`;
  const cols = frame.columns;
  const first = cols ? itemsFromColumns(cols, 0, 1)[0] : frame.items[0];
  const count = cols ? cols.itemCount : frame.items.length;
  const more = count > 1 ? `  (+${count - 1} more items)` : '';
  const item = first
    ? `  ${first.deviceId}  ${first.dateTime}  ${first.values
        .slice(0, VALUES_SHOWN)
        .map((v) => `${v.obis}=${v.value}${unitText(labels(v.obis))}`)
        .join(', ')}${first.values.length > VALUES_SHOWN ? ' …' : ''}`
    : '';
  const error = frame.error ? `  DECODE ERROR at byte ${frame.error.offset}: ${frame.error.message}` : '';
  const status = frame.status === 'ok' ? 'ok' : frame.status.toUpperCase();
  return `${head}  ${status}  ${frame.body.length} B${item}${more}${error}\n`;
}

function unitText({ unit, assumed }: { unit: string; assumed: boolean }): string {
  return unit ? ` ${unit}${assumed ? '*' : ''}` : '';
}

/**
 * One frame as the NDJSON object `listen --json` prints: receive time, status, the decoded items exactly
 * as `decode --json` shows them, the decode error, and the raw body as hex.
 */
export function frameJson(frame: Frame): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: 'frame',
    seq: frame.seq,
    receivedAt: formatReceiveTime(frame),
    status: frame.status,
    remote: frame.remote,
    bytes: frame.body.length,
    items: frame.decoded ? payloadToJson(frame.decoded).items : [],
  };
  if (frame.decoded?.error) out.error = frame.decoded.error;
  else if (frame.error) out.error = frame.error;
  out.hex = Buffer.from(frame.body).toString('hex').toUpperCase();
  return out;
}
