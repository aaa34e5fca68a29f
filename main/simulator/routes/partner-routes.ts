import {
  FolderMenuConfigurationSchema,
  PartnerUserUpdateSchema,
  SignUpPartnerSchema,
  UpdateFirmwarePartnerSchema,
  type FirmwareUpdateResult,
  type PartnerDeviceInformation,
} from '../../../shared/api/index.ts';
import { parseBody } from '../http/parse-body.ts';
import { SimHttpError, empty, json, jsonText } from '../http/reply.ts';
import { requiredParam } from '../http/query-values.ts';
import type { Route, RouteRequest } from '../http/router.ts';
import { startFastSend } from '../model/fast-send.ts';
import { lastReportMs } from '../model/report-time.ts';
import { deviceListJsonText } from '../wire/device-json.ts';
import { folderMenuJson, visualizationJson } from '../wire/folder-json.ts';
import { reportDate } from '../wire/report-date.ts';
import { accountDevices, partnerCustomers, partnerDevice, partnerDevices } from '../world/queries.ts';
import type { SimAccount, SimDevice } from '../world/types.ts';
import { userJson } from './user-routes.ts';
import {
  valuesInPastMultiple,
  valuesInPastMultipleInterpolated,
  type DeviceFinder,
} from './values-routes.ts';

/** The newest firmware the simulator "has" for UpdateFirmwarePartner. */
const LATEST_FIRMWARE = 140;

function customer(req: RouteRequest): SimAccount {
  const id = Number(req.params.id);
  const account = partnerCustomers(req.sim.world, req.caller.account.id).find((a) => a.id === id);
  if (!account)
    throw new SimHttpError(404, 'user-not-found', `No user ${req.params.id} is assigned to this partner.`);
  return account;
}

const device: DeviceFinder = (req) => partnerDevice(req.sim.world, req.caller.account, req.params.id ?? '');

function information(req: RouteRequest, d: SimDevice): PartnerDeviceInformation {
  const owner = req.sim.world.accounts.find((a) => a.id === d.accountId);
  const seen = lastReportMs(d, req.sim.clock());
  return {
    Id: d.id,
    Serial: d.serial,
    Name: d.name,
    UserId: d.accountId,
    Username: owner?.username,
    DeviceEnergyType: d.energyType,
    FamilyType: d.familyType,
    HardwareVersion: d.hardwareVersion,
    FirmwareVersion: d.firmwareVersion,
    NetworkConnection: d.network,
    NetworkConnectionRSSI: d.rssi,
    ValueDate: seen === undefined ? undefined : reportDate(req.sim.world.seed, d, seen),
  };
}

function signUp(req: RouteRequest) {
  const body = parseBody(
    SignUpPartnerSchema,
    req.body,
    'bad-body',
    'a SignUpPartner body {Username, Email, Password}',
  );
  const world = req.sim.world;
  const taken = world.accounts.some((a) =>
    [a.username, a.email].some((n) => n.toLowerCase() === body.Username.toLowerCase()),
  );
  if (taken) throw new SimHttpError(409, 'user-exists', `The user name ${body.Username} is taken.`);
  const account: SimAccount = {
    id: Math.max(...world.accounts.map((a) => a.id)) + 1,
    username: body.Username,
    password: body.Password,
    email: body.Email,
    licence: 'basic',
    isAdmin: false,
    partnerId: req.caller.account.id,
  };
  world.accounts.push(account);
  return json(userJson(account));
}

function updateFirmware(req: RouteRequest) {
  const body = parseBody(
    UpdateFirmwarePartnerSchema,
    req.body,
    'bad-body',
    'an UpdateFirmwarePartner body {DeviceIds}',
  );
  const results: FirmwareUpdateResult[] = body.DeviceIds.map((id) => {
    let d: SimDevice;
    try {
      d = partnerDevice(req.sim.world, req.caller.account, id);
    } catch {
      return { DeviceId: id, Updated: false, Message: 'Not a device of this partner.' };
    }
    if (d.hardwareVersion < 2 || d.kind !== 'electricity') {
      return {
        DeviceId: d.id,
        Updated: false,
        FirmwareVersion: d.firmwareVersion,
        Message: 'No update available.',
      };
    }
    const updated = d.firmwareVersion < LATEST_FIRMWARE;
    d.firmwareVersion = LATEST_FIRMWARE;
    return {
      DeviceId: d.id,
      Updated: updated,
      FirmwareVersion: d.firmwareVersion,
      Message: updated ? 'Updated.' : 'Up to date.',
    };
  });
  return json(results);
}

/** The Goldpartner endpoints (§3.11): every one needs a Goldpartner licence. Shapes are assumptions (README). */
export const partnerRoutes: Route[] = [
  ...(
    [
      [
        '/partneralldevices',
        {
          GET: async (req) =>
            jsonText(
              await deviceListJsonText(
                partnerDevices(req.sim.world, req.caller.account.id),
                req.sim.world.seed,
                req.sim.clock(),
              ),
            ),
        },
      ],
      [
        '/partneralldevices/:id',
        {
          GET: async (req) =>
            jsonText(
              await deviceListJsonText(
                accountDevices(req.sim.world, customer(req).id),
                req.sim.world.seed,
                req.sim.clock(),
              ),
            ),
        },
      ],
      [
        '/partneralldeviceinformations',
        {
          GET: (req) =>
            json(partnerDevices(req.sim.world, req.caller.account.id).map((d) => information(req, d))),
        },
      ],
      ['/partneralldeviceinformations/:id', { GET: (req) => json(information(req, device(req))) }],
      [
        '/partner/fastsenddevicevalues',
        {
          GET: (req) => {
            const d = partnerDevice(req.sim.world, req.caller.account, requiredParam(req.query, 'id'));
            startFastSend(req.sim, d);
            return empty();
          },
        },
      ],
      [
        '/partner/foldermenu/:id',
        {
          GET: (req) => json(folderMenuJson(req.sim.world, customer(req))),
          POST: (req) => {
            const account = customer(req);
            req.sim.world.folderMenus.set(
              account.id,
              parseBody(FolderMenuConfigurationSchema, req.body, 'bad-body', 'a FolderMenuConfiguration'),
            );
            return empty();
          },
        },
      ],
      [
        '/partner/user',
        { GET: (req) => json(partnerCustomers(req.sim.world, req.caller.account.id).map(userJson)) },
      ],
      [
        '/partner/user/:id',
        {
          POST: (req) => {
            const account = customer(req);
            const body = parseBody(
              PartnerUserUpdateSchema,
              req.body,
              'bad-body',
              'a user update {Email?, Password?}',
            );
            if (body.Email) account.email = body.Email;
            if (body.Password) account.password = body.Password;
            return empty();
          },
        },
      ],
      ['/signuppartner', { POST: signUp }],
      ['/partner/valuesinpastmultiple/:id', { GET: valuesInPastMultiple(device) }],
      ['/partner/valuesinpastmultipleinterpolated/:id', { GET: valuesInPastMultipleInterpolated(device) }],
      [
        '/partner/visualizationconfiguration/:id',
        { GET: (req) => json(visualizationJson(req.sim.world, customer(req))) },
      ],
      ['/updatefirmwarepartner', { POST: updateFirmware }],
    ] as [string, Route['methods']][]
  ).map(([pattern, methods]): Route => ({ pattern, methods, licence: 'goldpartner' })),
];
