import {
  MBusGatewayPutSchema,
  MBusMeterPostAndPutSchema,
  type MBusMeterPostAndPutDto,
} from '../../../shared/api/index.ts';
import { parseBody } from '../http/parse-body.ts';
import { SimHttpError, empty, json } from '../http/reply.ts';
import type { Route, RouteRequest } from '../http/router.ts';
import { gatewayJson, gatewayState, meterJson } from '../wire/gateway-json.ts';
import { ownGateway } from '../world/queries.ts';
import type { SimGateway, SimMBusMeter } from '../world/types.ts';

const gatewayOf = (req: RouteRequest) => ownGateway(req.sim.world, req.caller.account, req.params.id ?? '');

function meterAt(gateway: SimGateway, rawIndex: string | undefined): { index: number; meter: SimMBusMeter } {
  const index = Number(rawIndex);
  const meter = Number.isInteger(index) ? gateway.meters[index] : undefined;
  if (!meter) {
    throw new SimHttpError(
      404,
      'meter-not-found',
      `The gateway has no meter at index ${rawIndex} (it has ${gateway.meters.length}).`,
    );
  }
  return { index, meter };
}

/** Validates a meter definition: addressing 1 or 2, primary 0..250, secondary 16 hex digits, baud 0..3. */
function meterBody(body: unknown): MBusMeterPostAndPutDto {
  const m = parseBody(MBusMeterPostAndPutSchema, body, 'bad-meter', 'an MBusMeterPostAndPutDto');
  const problems = [
    m.AddressingMode !== 1 && m.AddressingMode !== 2 && 'AddressingMode must be 1 (primary) or 2 (secondary)',
    (m.PrimaryAddress < 0 || m.PrimaryAddress > 250) && 'PrimaryAddress must be 0..250',
    m.AddressingMode === 2 &&
      !/^[0-9A-Fa-f]{16}$/.test(m.SecondaryAddress ?? '') &&
      'SecondaryAddress must be 16 hex digits',
    (m.Baudrate < 0 || m.Baudrate > 3) && 'Baudrate must be 0..3',
  ].filter(Boolean);
  if (problems.length > 0) throw new SimHttpError(400, 'bad-meter', `${problems.join('; ')}.`);
  return m;
}

function applyMeter(target: SimMBusMeter, m: MBusMeterPostAndPutDto): void {
  target.addressingMode = m.AddressingMode;
  target.primaryAddress = m.PrimaryAddress;
  target.secondaryAddress = m.SecondaryAddress?.toUpperCase() ?? undefined;
  target.baudrate = m.Baudrate;
  target.sendSndNke = m.Send_SND_NKE;
  target.sendAppReset = m.Send_App_Reset;
}

/** M-Bus gateways and their meter definitions (§3.4). */
export const mbusRoutes: Route[] = [
  {
    pattern: '/gateway/mbus/:id',
    methods: {
      GET: (req) => json(gatewayJson(req.sim.world, gatewayOf(req), req.sim.clock())),
      PUT: (req) => {
        const gateway = gatewayOf(req);
        const put = parseBody(MBusGatewayPutSchema, req.body, 'bad-gateway', 'an MBusGatewayPutDto');
        if (put.ReadoutInterval < 0 || put.ReadoutInterval > 9) {
          throw new SimHttpError(400, 'bad-gateway', 'ReadoutInterval must be 0 (2 s) to 9 (24 h).');
        }
        gateway.name = put.Name;
        gateway.readoutInterval = put.ReadoutInterval;
        gateway.isAddingMetersAllowed = put.IsAddingMetersAllowed;
        return empty();
      },
      DELETE: (req) => {
        const gateway = gatewayOf(req);
        req.sim.world.gateways.delete(gateway.id);
        req.sim.world.devices.delete(gateway.id);
        return empty();
      },
    },
  },
  {
    pattern: '/gateway/mbus/:id/search',
    methods: {
      POST: (req) => {
        const gateway = gatewayOf(req);
        const now = req.sim.clock();
        if (gatewayState(gateway, now) === 1) {
          throw new SimHttpError(409, 'search-running', 'A search is already running on this gateway.');
        }
        gateway.searchUntilMs = now + req.sim.searchDurationMs;
        return empty();
      },
    },
  },
  {
    pattern: '/gateway/mbus/:id/meter',
    methods: {
      POST: (req) => {
        const gateway = gatewayOf(req);
        const body = meterBody(req.body);
        const meter: SimMBusMeter = {
          name: `M-Bus ${body.AddressingMode === 2 ? body.SecondaryAddress : body.PrimaryAddress}`,
          addressingMode: 0,
          primaryAddress: 0,
          baudrate: 1,
          sendSndNke: false,
          sendAppReset: false,
          state: 2,
          energyType: 0,
          energySubType: 0,
        };
        applyMeter(meter, body);
        gateway.meters.push(meter);
        return empty();
      },
    },
  },
  {
    pattern: '/gateway/mbus/:id/meter/:index',
    methods: {
      GET: (req) => json(meterJson(meterAt(gatewayOf(req), req.params.index).meter)),
      PUT: (req) => {
        const { meter } = meterAt(gatewayOf(req), req.params.index);
        applyMeter(meter, meterBody(req.body));
        return empty();
      },
      DELETE: (req) => {
        const gateway = gatewayOf(req);
        const { index } = meterAt(gateway, req.params.index);
        gateway.meters.splice(index, 1);
        return empty();
      },
    },
  },
  {
    pattern: '/gateway/mbus/:id/deleteallmeters',
    methods: {
      DELETE: (req) => {
        gatewayOf(req).meters = [];
        return empty();
      },
    },
  },
];
