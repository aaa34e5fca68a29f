import type { Device } from '../../shared/api/index.ts';
import type { SmartMeApi } from '../services/api/smartme-api.ts';
import { UsageError, type CliIo } from './io.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads the `<id>` argument of `device` and `values`: a device GUID, or the serial number from the label
 * (the digits before the '-'), which technicians have at hand on site. Anything else is a usage error.
 */
export function parseDeviceArg(positionals: string[]): { id: string } | { serial: number } {
  const [arg, extra] = positionals;
  if (arg === undefined) throw new UsageError('give a device id (GUID) or serial number.');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}".`);
  if (GUID.test(arg)) return { id: arg };
  const serial = /^(\d{1,18})(-.*)?$/.exec(arg)?.[1];
  if (serial) return { serial: Number(serial) };
  throw new UsageError(`"${arg}" is neither a device id (GUID) nor a serial number.`);
}

/** The device for a parsed argument: by serial it costs one lookup; by id the caller may skip it. */
export async function findDevice(
  api: SmartMeApi,
  which: { id: string } | { serial: number },
  io: CliIo,
): Promise<Device> {
  return 'id' in which
    ? api.device(which.id, { signal: io.signal })
    : api.deviceBySerial(which.serial, { signal: io.signal });
}
