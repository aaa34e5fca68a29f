import { bytesToHex, encodeDeviceDataArray, guidToWireBytes } from '../../../shared/realtime/index.ts';
import {
  buildPayload,
  httpPoster,
  parseAssignment,
  type ObisAssignment,
} from '../../services/replay/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliIo } from '../io.ts';
import { authHeader, requireUrl } from './replay.ts';

/** How to call `meterscope trigger`. */
export const usage = `Usage: meterscope trigger --to URL --device GUID --value OBIS=VALUE [--value ...] [options]

Builds the protobuf payload the smart-me cloud would POST for one reading and sends it (like
\`stripe trigger\`): test a webhook receiver, or a running \`meterscope listen\`, without a meter.

  --to URL              where to POST (required)
  --device GUID         the device id, e.g. 3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1 (required)
  --value OBIS=VALUE    e.g. 1-0:1.8.0*255=1879583.2 (energy in mWh), 1-0:1.7.0*255=24.19; repeatable
  --time ISO            the reading's timestamp (default: now)
  --basic-auth U:P      Basic credentials for the target
  --json                print {"status", "bytes", "hex"} instead of text

Exit 0 when the target answered 2xx, 1 otherwise.`;

/** Builds one payload, POSTs it and reports the answer. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    to: { type: 'string' },
    device: { type: 'string' },
    value: { type: 'string', multiple: true },
    time: { type: 'string' },
    'basic-auth': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  const to = requireUrl(values.to);
  if (typeof values.device !== 'string') throw new UsageError('--device GUID is required.');
  if (!guidToWireBytes(values.device.toLowerCase()))
    throw new UsageError(
      `--device "${values.device}" is not a device GUID like 3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1.`,
    );
  const pairs = (values.value as string[] | undefined) ?? [];
  if (pairs.length === 0) throw new UsageError('give at least one --value OBIS=VALUE.');
  let assignments: ObisAssignment[];
  try {
    assignments = pairs.map(parseAssignment);
  } catch (e) {
    throw new UsageError(`--value ${(e as Error).message}`, { cause: e });
  }
  const time = typeof values.time === 'string' ? new Date(values.time) : new Date();
  if (Number.isNaN(time.getTime())) throw new UsageError(`--time "${values.time}" is not a date-time.`);
  let body: Uint8Array;
  try {
    body = buildPayload({ deviceId: values.device, time, values: assignments }, encodeDeviceDataArray);
  } catch (e) {
    throw new UsageError((e as Error).message, { cause: e });
  }
  const poster = httpPoster({ connections: 1 });
  try {
    const headers = { 'content-type': 'application/octet-stream', ...authHeader(values['basic-auth']) };
    const outcome = await poster.post(to, body, headers, io.signal);
    const hex = bytesToHex(body);
    if (values.json) io.out(`${JSON.stringify({ ...outcome, bytes: body.length, hex })}\n`);
    else if ('status' in outcome)
      io.out(`POST ${to} → HTTP ${outcome.status} (${body.length} bytes: ${hex})\n`);
    else io.err(`POST ${to} failed: ${outcome.error}\n`);
    return 'status' in outcome && outcome.status >= 200 && outcome.status < 300 ? 0 : 1;
  } finally {
    await poster.close();
  }
}
