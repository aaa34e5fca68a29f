import {
  DeviceInPastSchema,
  InterpolatedValuesResultSchema,
  ValuesDataListSchema,
  ValuesDataSchema,
  type DeviceInPast,
  type InterpolatedValuesResult,
  type ValuesData,
} from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api-client.ts';
import { queryDate, seg, type CallOptions } from './call-options.ts';

/** A time range of history; `intervalMinutes` 0 means every stored value (the cloud returns at most 1000). */
export interface HistoryRange {
  start: Date;
  end: Date;
  intervalMinutes: number;
}

/** Query of the history endpoints, shared with the partner variant. */
export const historyQuery = (r: HistoryRange) => ({
  startDate: queryDate(r.start),
  endDate: queryDate(r.end),
  interval: r.intervalMinutes,
});

/** The value endpoints (smartme-api.md §3.2): current OBIS values, history and counters at a date. */
export function valueEndpoints(client: ApiClient) {
  return {
    /** GET /Values/{id}: every current OBIS value of a device (REST units: kWh, kW, V, A). */
    values: (id: string, o: CallOptions = {}): Promise<ValuesData> =>
      client.request({ method: 'GET', path: `/Values/${seg(id)}`, schema: ValuesDataSchema, ...o }),

    /** GET /ValuesInPast/{id}?date=: the first values found before `date`. */
    valuesInPast: (id: string, date: Date, o: CallOptions = {}): Promise<ValuesData> =>
      client.request({
        method: 'GET',
        path: `/ValuesInPast/${seg(id)}`,
        query: { date: queryDate(date) },
        schema: ValuesDataSchema,
        ...o,
      }),

    /** GET /ValuesInPastMultiple/{id}: up to 1000 snapshots. Needs a Professional licence. */
    valuesInPastMultiple: (id: string, range: HistoryRange, o: CallOptions = {}): Promise<ValuesData[]> =>
      client.request({
        method: 'GET',
        path: `/ValuesInPastMultiple/${seg(id)}`,
        query: historyQuery(range),
        schema: ValuesDataListSchema,
        ...o,
      }),

    /** GET /ValuesInPastMultipleInterpolated/{id}: a 15-minute or daily grid. Needs a Professional licence. */
    valuesInPastMultipleInterpolated: (
      id: string,
      range: { start: Date; end: Date; interval?: 15 | 1440; thresholdSeconds?: number },
      o: CallOptions = {},
    ): Promise<InterpolatedValuesResult> =>
      client.request({
        method: 'GET',
        path: `/ValuesInPastMultipleInterpolated/${seg(id)}`,
        query: {
          startDate: queryDate(range.start),
          endDate: queryDate(range.end),
          interval: range.interval,
          thresholdSeconds: range.thresholdSeconds,
        },
        schema: InterpolatedValuesResultSchema,
        ...o,
      }),

    /** GET /MeterValues/{id}?date=: counter readings (total, tariffs, import/export) at a date. */
    meterValues: (id: string, date: Date, o: CallOptions = {}): Promise<DeviceInPast> =>
      client.request({
        method: 'GET',
        path: `/MeterValues/${seg(id)}`,
        query: { date: queryDate(date) },
        schema: DeviceInPastSchema,
        ...o,
      }),
  };
}
