import { z } from 'zod';
import { optBoolean, optNumber, optString } from './schema-fields.ts';

/**
 * One meter definition of an M-Bus gateway. `Id` is Guid.Empty when smart-me has no device for it.
 * Note the API's own spellings: `Send_SND_NKE`, `Send_App_Reset`, `EnergyEnergySubType`.
 */
export const MBusMeterSchema = z.looseObject({
  Id: optString(),
  Name: optString(),
  AddressingMode: optNumber(),
  PrimaryAddress: optNumber(),
  SecondaryAddress: optString(),
  Baudrate: optNumber(),
  Send_SND_NKE: optBoolean(),
  Send_App_Reset: optBoolean(),
  State: optNumber(),
  EnergyType: optNumber(),
  EnergyEnergySubType: optNumber(),
});

/** One meter definition of an M-Bus gateway (MBusMeterDto). */
export type MBusMeterDto = z.infer<typeof MBusMeterSchema>;

/** GET /gateway/mbus/{id}: the gateway with state, readout interval, last contact and all meters. */
export const MBusGatewaySchema = z.looseObject({
  Name: optString(),
  SerialNumber: optString(),
  LastSeen: optString(),
  ReadoutInterval: optNumber(),
  State: optNumber(),
  Meters: z.array(MBusMeterSchema).nullish(),
  IsAddingMetersAllowed: optBoolean(),
});

/** An M-Bus gateway and its meters (MBusGatewayDto). */
export type MBusGatewayDto = z.infer<typeof MBusGatewaySchema>;

/** PUT /gateway/mbus/{id} body: every field required. */
export const MBusGatewayPutSchema = z.object({
  Name: z.string(),
  ReadoutInterval: z.number().int(),
  IsAddingMetersAllowed: z.boolean(),
});

/** PUT /gateway/mbus/{id} body (MBusGatewayPutDto). */
export type MBusGatewayPutDto = z.infer<typeof MBusGatewayPutSchema>;

/** POST /gateway/mbus/{id}/meter and PUT .../meter/{index} body: every field required. */
export const MBusMeterPostAndPutSchema = z.object({
  AddressingMode: z.number().int(),
  PrimaryAddress: z.number().int(),
  SecondaryAddress: z.string().nullable(),
  Baudrate: z.number().int(),
  Send_SND_NKE: z.boolean(),
  Send_App_Reset: z.boolean(),
});

/** Meter definition body (MBusMeterPostAndPutDto). */
export type MBusMeterPostAndPutDto = z.infer<typeof MBusMeterPostAndPutSchema>;
