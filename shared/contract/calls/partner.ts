import { z } from 'zod';
import { defineCall } from '../define.ts';

/**
 * The Goldpartner view for support staff: the partner's customer accounts with their devices, as main derives
 * them from `/partner/user` and `/PartnerAllDeviceInformations` (camelCase, absent values as null).
 */

const num = z.number().nullable();
const text = z.string().nullable();
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One device of a customer: what support checks first (firmware, network, signal, last value, state). */
export const PartnerDeviceRowSchema = z.object({
  id: z.string(),
  serial: num,
  name: text,
  /** smart-me's MeterEnergyType integer (1 electricity, 2 water, …). */
  energyType: num,
  firmwareVersion: num,
  hardwareVersion: num,
  network: text,
  /** 0 (bad) … 100 (best). */
  rssi: num,
  rssiBand: z.enum(['excellent', 'good', 'weak', 'poor']).nullable(),
  /** UTC time of the last value. */
  valueDate: text,
  /** Last value within the offline threshold (15 minutes by default). */
  online: z.boolean(),
});

/** One customer account with its devices (offline first) and counts. */
export const PartnerCustomerSchema = z.object({
  userId: z.number(),
  username: text,
  deviceCount: z.number().int().min(0),
  offlineCount: z.number().int().min(0),
  devices: z.array(PartnerDeviceRowSchema),
});

/** What `partner:load` answers: the customers, those with offline devices first. */
export const PartnerViewSchema = z.object({
  /** When the data was fetched (ISO): the view's "data as of". */
  loadedAt: z.string(),
  server: z.string(),
  customers: z.array(PartnerCustomerSchema),
});

/** One device row of the Customers view. */
export type PartnerDeviceRow = z.infer<typeof PartnerDeviceRowSchema>;
/** One customer of the Customers view. */
export type PartnerCustomerView = z.infer<typeof PartnerCustomerSchema>;
/** What `partner:load` answers. */
export type PartnerView = z.infer<typeof PartnerViewSchema>;

/**
 * `partner:load`: every customer of the partner with their devices. Without a Goldpartner licence it fails
 * with `licence-required`, which the view turns into a plain sentence rather than an error.
 */
export const partnerLoadCall = defineCall({
  summary: "The Goldpartner's customers with their devices (online state, firmware, network, signal)",
  request: z.object({}),
  response: PartnerViewSchema,
});

/** `partner:fast-send`: a customer's device sends every second for about 30 s (partner/fastsenddevicevalues). */
export const partnerFastSendCall = defineCall({
  summary: "Ask a customer's device to send every second for about 30 seconds (Goldpartner)",
  request: z.object({ id: z.string().trim().regex(GUID, 'expected a device id (GUID)') }),
  response: z.object({ requestedAt: z.string() }),
});
