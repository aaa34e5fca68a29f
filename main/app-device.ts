import type { Inspection } from '../shared/contract/calls/device.ts';
import type { ContractServices } from '../shared/contract/types.ts';
import { exposedError, ServiceError } from './ipc/service-error.ts';
import { historySeries } from './services/contract-views/history-series.ts';
import {
  deviceInfo,
  inspectedDevice,
  inspectorValues,
  switchActions,
} from './services/contract-views/inspection.ts';
import { thresholdsFrom } from './services/contract-views/settings-thresholds.ts';
import { isOnline } from './services/fleet/derive-states.ts';
import type { SessionManager } from './services/session/session-manager.ts';
import type { SettingsService } from './services/settings/settings-service.ts';

/** What the inspector calls need from the app. */
export interface DeviceContext {
  session: SessionManager;
  settings: SettingsService;
  clock?: () => number;
}

type Part = Inspection['problems'][number]['part'];

/**
 * The device inspector's calls. `device:inspect` asks four endpoints at once and shows what arrived: a
 * device without outputs or firmware details still gets its values (the failed part is named in
 * `problems`); only an unknown device fails the call.
 */
export function createDeviceServices(
  ctx: DeviceContext,
): Pick<ContractServices, 'device:inspect' | 'device:history' | 'device:fastSend' | 'device:switch'> {
  const clock = ctx.clock ?? Date.now;
  return {
    'device:inspect': async ({ id, lang }) => {
      const s = await ctx.session.require();
      const [device, values, info, actions, { settings }] = await Promise.all([
        s.api.device(id),
        settle(s.api.values(id)),
        settle(s.api.additionalDeviceInformation(id)),
        settle(s.api.actions(id)),
        ctx.settings.get(),
      ]);
      const problems: Inspection['problems'] = [];
      const part = <T, R>(name: Part, r: Settled<T>, map: (v: T) => R): R | null => {
        if (r.ok) return map(r.value);
        problems.push({ part: name, ...problemOf(r.error) });
        return null;
      };
      const online = isOnline(device.ValueDate, clock(), thresholdsFrom(settings));
      return {
        device: inspectedDevice({ ...device, online }),
        values: part('values', values, (v) => inspectorValues(device.Id, v, lang)),
        info: part('info', info, deviceInfo),
        actions: part('actions', actions, switchActions),
        problems,
      };
    },
    'device:history': async ({ id, obisHex, start, end, intervalMinutes }) => {
      const range = { start: new Date(start), end: new Date(end), intervalMinutes };
      if (range.start >= range.end) {
        throw new ServiceError('bad-range', 'The start of the range must be before its end.');
      }
      const s = await ctx.session.require();
      return historySeries(await s.api.valuesInPastMultiple(id, range), obisHex);
    },
    'device:fastSend': async ({ id }) => {
      const s = await ctx.session.require();
      await s.api.fastSendDeviceValues(id);
      return { requestedAt: new Date(clock()).toISOString() };
    },
    'device:switch': async ({ id, obisCode, value }) => {
      const s = await ctx.session.require();
      await s.api.postActions({ DeviceID: id, Actions: [{ ObisCode: obisCode, Value: value }] });
      return { switchedAt: new Date(clock()).toISOString() };
    },
  };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function problemOf(e: unknown): { code: string; message: string } {
  return exposedError(e) ?? { code: 'internal', message: 'This part could not be loaded.' };
}
