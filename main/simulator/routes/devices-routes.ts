import { SimHttpError, empty, json, jsonText } from '../http/reply.ts';
import { intParam, requiredParam } from '../http/query-values.ts';
import type { RouteRequest, Route } from '../http/router.ts';
import { startFastSend } from '../model/fast-send.ts';
import { applyActions } from '../model/apply-actions.ts';
import { postDevice } from '../model/post-device.ts';
import { deviceJson, deviceListJsonText } from '../wire/device-json.ts';
import { additionalInfoJson } from '../wire/additional-info-json.ts';
import { accountDevices, ownDevice } from '../world/queries.ts';
import type { SimDevice } from '../world/types.ts';

const list = async (req: RouteRequest, filter: (d: SimDevice) => boolean = () => true) => {
  const now = req.sim.clock();
  const devices = accountDevices(req.sim.world, req.caller.account.id).filter(filter);
  return jsonText(await deviceListJsonText(devices, req.sim.world.seed, now));
};

const one = (req: RouteRequest, device: SimDevice) =>
  json(deviceJson(device, req.sim.world.seed, req.sim.clock()));

/** Legacy PUT /Devices/{id}?switchState=&switchNumber=: switches a phase like an action would. */
function legacySwitch(req: RouteRequest) {
  const device = ownDevice(req.sim.world, req.caller.account, req.params.id ?? '');
  const state = requiredParam(req.query, 'switchState').toLowerCase();
  if (state !== 'true' && state !== 'false') {
    throw new SimHttpError(400, 'bad-parameter', `switchState must be true or false, got '${state}'.`);
  }
  const number = intParam(req.query, 'switchNumber', 1);
  const output = device.outputs.find((o) => o.phase === number);
  if (!output) throw new SimHttpError(405, 'no-switch', `This device has no switch number ${number}.`);
  applyActions(device, [{ ObisCode: output.obisHex, Value: state === 'true' ? 1 : 0 }], req.sim.clock());
  return empty();
}

/** Devices and per-device lookups (§3.1 of the API reference). */
export const deviceRoutes: Route[] = [
  {
    pattern: '/devices',
    methods: {
      GET: (req) => list(req),
      POST: (req) => json(postDevice(req.sim, req.caller.account, req.body)),
    },
  },
  {
    pattern: '/devices/:id',
    methods: {
      GET: (req) => one(req, ownDevice(req.sim.world, req.caller.account, req.params.id ?? '')),
      PUT: legacySwitch,
    },
  },
  {
    pattern: '/devicebyserial',
    methods: {
      GET: (req) => {
        const serial = intParam(req.query, 'serial');
        const device = accountDevices(req.sim.world, req.caller.account.id).find((d) => d.serial === serial);
        if (!device)
          throw new SimHttpError(404, 'device-not-found', `No device with serial ${serial} in this account.`);
        return one(req, device);
      },
    },
  },
  {
    pattern: '/devicesbyenergy',
    methods: {
      GET: (req) => {
        const type = intParam(req.query, 'meterEnergyType');
        return list(req, (d) => (type === 6 ? d.kind !== 'gateway' : d.energyType === type));
      },
    },
  },
  {
    pattern: '/devicesbysubtype',
    methods: {
      GET: (req) => {
        const type = intParam(req.query, 'meterSubType');
        return list(req, (d) => (d.subType ?? 0) === type);
      },
    },
  },
  {
    pattern: '/additionaldeviceinformation/:id',
    methods: {
      GET: (req) =>
        json(additionalInfoJson(ownDevice(req.sim.world, req.caller.account, req.params.id ?? ''))),
    },
  },
  {
    pattern: '/fastsenddevicevalues/:id',
    methods: {
      GET: (req) => {
        const device = ownDevice(req.sim.world, req.caller.account, req.params.id ?? '');
        startFastSend(req.sim, device);
        return empty();
      },
    },
  },
];
