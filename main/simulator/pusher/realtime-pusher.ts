import type { EventLog } from '../event-log.ts';
import { registrationDevices } from '../model/registrations.ts';
import type { Simulation } from '../simulation.ts';
import type { SimDevice, SimRegistration } from '../world/types.ts';
import { deviceDataItem, type PushItem } from './device-data-item.ts';
import type { PostPayload } from './post-payload.ts';
import type { PushEvent } from './push-event.ts';

/** Encodes items as a protobuf DeviceDataArray (shared/realtime's encoder, passed in as a port). */
export type EncodePayload = (items: PushItem[]) => Uint8Array;

/** What the pusher needs: the simulation, the encoder, the poster, the log, and its timing knobs. */
export interface PusherDeps {
  sim: Simulation;
  encode: EncodePayload;
  post: PostPayload;
  log: EventLog<PushEvent>;
  /** Overrides every device's upload interval (tests make it short). */
  pushIntervalMs?: number;
  /** Period while a device is in fast-send (default 1 s). */
  fastSendIntervalMs: number;
  /** Monotonic time for scheduling; default performance.now. */
  monotonic?: () => number;
}

/** The running pusher: reschedule after registrations change; close stops every timer. */
export interface RealtimePusher {
  reschedule(): void;
  close(): void;
}

/** Devices due within this window share one POST (fewer, fuller requests for big accounts). */
const COALESCE_MS = 25;

interface Slot {
  registration: SimRegistration;
  device: SimDevice;
  due: number;
}

const inFastSend = (device: SimDevice, clockMs: number) =>
  device.runtime.fastSendUntilMs !== undefined && clockMs < device.runtime.fastSendUntilMs;

/**
 * Pushes realtime data for every registration: each device of a registration on its own period (its
 * upload interval, `pushIntervalMs`, or every second in fast-send), one POST per registration per tick
 * carrying every device that is due. Offline devices stay silent. A slow receiver delays only its own
 * registration; a dead one is logged, never fatal.
 */
export function createRealtimePusher(deps: PusherDeps): RealtimePusher {
  const now = deps.monotonic ?? (() => performance.now());
  const slots = new Map<string, Slot>();
  const busy = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const periodOf = (device: SimDevice) =>
    inFastSend(device, deps.sim.clock())
      ? deps.fastSendIntervalMs
      : (deps.pushIntervalMs ?? device.reportIntervalMs);

  function arm(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (closed) return;
    let earliest = Infinity;
    for (const slot of slots.values())
      if (!busy.has(slot.registration.id)) earliest = Math.min(earliest, slot.due);
    if (earliest === Infinity) return;
    timer = setTimeout(tick, Math.max(0, earliest - now()));
    timer.unref();
  }

  async function push(registration: SimRegistration, due: Slot[]): Promise<void> {
    const clockMs = deps.sim.clock();
    const items = due.flatMap((s) => deviceDataItem(s.device, deps.sim.world.seed, clockMs) ?? []);
    if (items.length === 0) return;
    const body = deps.encode(items);
    const auth = registration.basicAuthUsername
      ? { username: registration.basicAuthUsername, password: registration.basicAuthPassword ?? '' }
      : undefined;
    const result = await deps.post(registration.apiUrl, body, auth);
    if (closed) return;
    deps.log.push({
      registrationId: registration.id,
      url: registration.apiUrl,
      atMs: clockMs,
      deviceIds: items.map((i) => i.deviceId),
      bytes: body.length,
      fastSend: due.some((s) => inFastSend(s.device, clockMs)),
      ...result,
    });
  }

  function tick(): void {
    const t = now();
    const byRegistration = new Map<string, Slot[]>();
    for (const slot of slots.values()) {
      if (slot.due > t + COALESCE_MS || busy.has(slot.registration.id)) continue;
      slot.due = t + periodOf(slot.device);
      if (slot.device.lastContactMs !== undefined) continue;
      const list = byRegistration.get(slot.registration.id) ?? [];
      list.push(slot);
      byRegistration.set(slot.registration.id, list);
    }
    for (const [id, due] of byRegistration) {
      const registration = due[0]?.registration;
      if (!registration) continue;
      busy.add(id);
      void push(registration, due)
        .catch(() => undefined)
        .finally(() => {
          busy.delete(id);
          arm();
        });
    }
    arm();
  }

  function reschedule(): void {
    const t = now();
    const clockMs = deps.sim.clock();
    const wanted = new Set<string>();
    for (const registration of deps.sim.world.registrations) {
      for (const device of registrationDevices(deps.sim.world, registration)) {
        const key = `${registration.id}|${device.id}`;
        wanted.add(key);
        const slot = slots.get(key);
        if (!slot) slots.set(key, { registration, device, due: t });
        else if (inFastSend(device, clockMs)) slot.due = Math.min(slot.due, t);
      }
    }
    for (const key of [...slots.keys()]) if (!wanted.has(key)) slots.delete(key);
    arm();
  }

  return {
    reschedule,
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      slots.clear();
    },
  };
}
