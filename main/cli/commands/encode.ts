import {
  bytesToHex,
  encodeDeviceDataArray,
  PayloadError,
  type DeviceDataItemInput,
} from '../../../shared/realtime/index.ts';
import { parseCommandArgs } from '../args.ts';
import { readInputArgument } from '../decode-read-input.ts';
import type { CliIo } from '../io.ts';
import { UsageError } from '../io.ts';

/** `meterscope encode --help`. */
export const usage = `Usage: meterscope encode <json | @file | -> [--base64]

Encodes DeviceData items into a Realtime-API payload and prints it as hex (upper case, no spaces).
Accepts the output of "meterscope decode --json" (an object with "items"), an array of items, or one item:
  {"deviceId":"00112233-4455-6677-8899-aabbccddeeff","dateTime":"2024-01-01T00:00:00Z",
   "dateTimeScale":"SECONDS","values":[{"obis":"1-0:1.8.0*255","value":1000.5}]}
dateTimeTicks (exact 100 ns ticks since 1970) wins over dateTime; the scale defaults to TICKS.

Options:
  --base64    print base64 instead of hex

Exit status: 0 encoded, 1 the JSON is not valid or names a bad field, 2 usage error.`;

function itemsOf(json: unknown): DeviceDataItemInput[] {
  if (Array.isArray(json)) return json as DeviceDataItemInput[];
  if (typeof json === 'object' && json !== null && 'items' in json)
    return (json as { items: DeviceDataItemInput[] }).items;
  return [json as DeviceDataItemInput];
}

/** Encodes JSON items to payload bytes and prints them. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { base64: { type: 'boolean' } });
  if (positionals.length > 1)
    throw new UsageError(`one input only (got ${positionals.length}); quote the JSON`);
  const input = await readInputArgument(positionals[0], io);
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    io.err(`meterscope encode: the input is not JSON: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    const bytes = encodeDeviceDataArray(itemsOf(json));
    io.out(`${values.base64 ? Buffer.from(bytes).toString('base64') : bytesToHex(bytes)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof PayloadError)) throw e;
    io.err(`meterscope encode: ${e.info.message}\n`);
    return 1;
  }
}
