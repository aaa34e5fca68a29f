import { z } from 'zod';
import { defineCall } from '../define.ts';
import { AnyDoubleSchema } from '../realtime-schemas.ts';
import { DeviceRowSchema } from './fleet.ts';

const deviceId = z.string().trim().min(1).max(100);

/** One current value, named in the requested language. */
export const InspectorValueSchema = z.object({
  /** `A-B:C.D.E*F`, or the text as sent when it is not an OBIS code. */
  obis: z.string(),
  obisHex: z.string(),
  name: z.string(),
  value: AnyDoubleSchema.nullable(),
  /** The REST unit (kWh, kW, V, A, m3 …). */
  unit: z.string().nullable(),
  /**
   * The same value in the Realtime API's unit (1.8795832 kWh → 1879583.2 mWh), so it can be compared with the
   * Live view; `assumed` where smart-me does not document that unit.
   */
  realtime: z.object({ value: AnyDoubleSchema, unit: z.string(), assumed: z.boolean() }).nullable(),
});

/** Firmware, hardware and network of a device, with the radio signal's quality band. */
export const DeviceInfoSchema = z.object({
  firmwareVersion: z.number().nullable(),
  hardwareVersion: z.number().nullable(),
  additionalMeterSerialNumber: z.string().nullable(),
  network: z.string().nullable(),
  /** 0 (bad) … 100 (best). */
  rssi: z.number().nullable(),
  rssiBand: z.enum(['excellent', 'good', 'weak', 'poor']).nullable(),
});

/** One output that can be switched (GET /actions/{id}). */
export const SwitchActionSchema = z.object({
  name: z.string().nullable(),
  obisCode: z.string(),
  /** smart-me's ActionType (0 on/off, 1 analog). */
  actionType: z.number().nullable(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
});

/** What the inspector shows; a part that failed is null, with its reason in `problems`. */
export const InspectionSchema = z.object({
  device: DeviceRowSchema.extend({ subTypeName: z.string().nullable() }),
  values: z.object({ date: z.string().nullable(), rows: z.array(InspectorValueSchema) }).nullable(),
  info: DeviceInfoSchema.nullable(),
  actions: z.array(SwitchActionSchema).nullable(),
  problems: z.array(
    z.object({ part: z.enum(['values', 'info', 'actions']), code: z.string(), message: z.string() }),
  ),
});

/** What `device:inspect` answers. */
export type Inspection = z.infer<typeof InspectionSchema>;
/** One row of the OBIS table. */
export type InspectorValue = z.infer<typeof InspectorValueSchema>;
/** One switchable output. */
export type SwitchAction = z.infer<typeof SwitchActionSchema>;

/** `device:inspect`: one device with every current value named, its firmware and network, its outputs. */
export const deviceInspectCall = defineCall({
  summary: 'A device, every current value as an OBIS row, firmware/network/RSSI and switchable outputs',
  request: z.object({ id: deviceId, lang: z.enum(['en', 'de']).default('en') }),
  response: InspectionSchema,
});

/** One history point: the value of the chosen OBIS code at a time. */
export const HistoryPointSchema = z.object({ date: z.string(), value: AnyDoubleSchema });

/** `device:history`: one OBIS code over a time range (ValuesInPastMultiple; Professional licence). */
export const deviceHistoryCall = defineCall({
  summary: 'History of one OBIS value of a device (at most 1000 points; needs a Professional licence)',
  request: z.object({
    id: deviceId,
    /** 12 hex digits as /Values sends them. */
    obisHex: z.string().regex(/^[0-9A-Fa-f]{12}$/, 'expected 12 hex digits'),
    start: z.iso.datetime({ offset: true }),
    end: z.iso.datetime({ offset: true }),
    /** 0 = every stored value. */
    intervalMinutes: z.int().min(0).max(44_640).default(0),
  }),
  response: z.object({
    points: z.array(HistoryPointSchema),
    /** True when the cloud's 1000-value limit cut the range short. */
    truncated: z.boolean(),
  }),
});

/** `device:fastSend`: the device sends every second for about 30 s (watch it in Live). */
export const deviceFastSendCall = defineCall({
  summary: 'Ask a device to send its values every second for about 30 seconds',
  request: z.object({ id: deviceId }),
  response: z.object({ requestedAt: z.string() }),
});

/** `device:switch`: switches one output; the view confirms first, as this changes the installation. */
export const deviceSwitchCall = defineCall({
  summary: 'Switch an output of a device (0 off, 1 on, or an analog value); the view confirms first',
  request: z.object({ id: deviceId, obisCode: z.string().trim().min(1).max(40), value: z.number() }),
  response: z.object({ switchedAt: z.string() }),
});
