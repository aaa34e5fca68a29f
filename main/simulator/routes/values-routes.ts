import { SimHttpError, json } from '../http/reply.ts';
import { dateParam, intParam } from '../http/query-values.ts';
import type { Handler, Route, RouteRequest } from '../http/router.ts';
import { reportTimes, snapshotBefore, valuesAtReport } from '../model/device-values.ts';
import { HISTORY_CAP, interpolatedHistory } from '../model/interpolated-history.ts';
import { deviceInPastJson, valuesDataJson } from '../wire/values-json.ts';
import { ownDevice } from '../world/queries.ts';
import type { SimDevice } from '../world/types.ts';

/** Finds the device a history call is about (own account, or a partner's customer). */
export type DeviceFinder = (req: RouteRequest) => SimDevice;

const own: DeviceFinder = (req) => ownDevice(req.sim.world, req.caller.account, req.params.id ?? '');

function range(req: RouteRequest): { fromMs: number; toMs: number } {
  const fromMs = dateParam(req.query, 'startDate');
  const toMs = dateParam(req.query, 'endDate');
  if (toMs < fromMs) throw new SimHttpError(400, 'bad-range', 'endDate must not be before startDate.');
  return { fromMs, toMs: Math.min(toMs, req.sim.clock()) };
}

/** ValuesInPastMultiple: snapshots `interval` minutes apart (0 = every report), at most 1000. */
export function valuesInPastMultiple(find: DeviceFinder): Handler {
  return (req) => {
    const device = find(req);
    const { fromMs, toMs } = range(req);
    const interval = intParam(req.query, 'interval');
    if (interval < 0) throw new SimHttpError(400, 'bad-parameter', 'interval must be 0 or more minutes.');
    const times = reportTimes(device, fromMs, toMs, interval * 60_000, HISTORY_CAP);
    const seed = req.sim.world.seed;
    return json(
      times.map((t) =>
        valuesDataJson(seed, device, { reportMs: t, values: valuesAtReport(device, seed, t) }),
      ),
    );
  };
}

/** ValuesInPastMultipleInterpolated: a 15-minute or daily grid with interpolation flags. */
export function valuesInPastMultipleInterpolated(find: DeviceFinder): Handler {
  return (req) => {
    const device = find(req);
    const { fromMs, toMs } = range(req);
    const intervalMinutes = intParam(req.query, 'interval', 15);
    if (intervalMinutes !== 15 && intervalMinutes !== 1440) {
      throw new SimHttpError(400, 'bad-parameter', 'interval must be 15 (FifteenMinutes) or 1440 (Day).');
    }
    const thresholdSeconds = intParam(req.query, 'thresholdSeconds', 300);
    return json(
      interpolatedHistory(req.sim.world.seed, device, {
        fromMs,
        toMs,
        nowMs: req.sim.clock(),
        intervalMinutes,
        thresholdSeconds,
      }),
    );
  };
}

const before = (req: RouteRequest) => Math.min(dateParam(req.query, 'date'), req.sim.clock());

/** Current and historic values (§3.2 of the API reference). History lists need Professional. */
export const valuesRoutes: Route[] = [
  {
    pattern: '/values/:id',
    methods: {
      GET: (req) => {
        const device = own(req);
        return json(
          valuesDataJson(
            req.sim.world.seed,
            device,
            snapshotBefore(device, req.sim.world.seed, req.sim.clock()),
          ),
        );
      },
    },
  },
  {
    pattern: '/valuesinpast/:id',
    methods: {
      GET: (req) => {
        const device = own(req);
        return json(
          valuesDataJson(req.sim.world.seed, device, snapshotBefore(device, req.sim.world.seed, before(req))),
        );
      },
    },
  },
  {
    pattern: '/metervalues/:id',
    methods: {
      GET: (req) => {
        const device = own(req);
        return json(
          deviceInPastJson(
            req.sim.world.seed,
            device,
            snapshotBefore(device, req.sim.world.seed, before(req)),
          ),
        );
      },
    },
  },
  {
    pattern: '/valuesinpastmultiple/:id',
    licence: 'professional',
    methods: { GET: valuesInPastMultiple(own) },
  },
  {
    pattern: '/valuesinpastmultipleinterpolated/:id',
    licence: 'professional',
    methods: { GET: valuesInPastMultipleInterpolated(own) },
  },
];
