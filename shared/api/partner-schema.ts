import { z } from 'zod';
import { optNumber, optString } from './schema-fields.ts';

/**
 * Goldpartner shapes. smart-me publishes no schema for these endpoints: the shapes below are the
 * simulator's documented assumptions (README), kept lenient so a real answer still parses.
 */

/** GET /PartnerAllDeviceInformations(/{id}): a device with its owner, firmware and network in one row. */
export const PartnerDeviceInformationSchema = z.looseObject({
  Id: z.string(),
  Serial: optNumber(),
  Name: optString(),
  UserId: optNumber(),
  Username: optString(),
  DeviceEnergyType: optNumber(),
  FamilyType: optNumber(),
  HardwareVersion: optNumber(),
  FirmwareVersion: optNumber(),
  NetworkConnection: optString(),
  NetworkConnectionRSSI: optNumber(),
  ValueDate: optString(),
});

/** One row of the partner's device information (see PartnerDeviceInformationSchema). */
export type PartnerDeviceInformation = z.infer<typeof PartnerDeviceInformationSchema>;

/** GET /PartnerAllDeviceInformations: all rows. */
export const PartnerDeviceInformationListSchema = z.array(PartnerDeviceInformationSchema);

/** A meter shown in a visualization folder. */
export const VisualizationMeterSchema = z.looseObject({
  Id: optString(),
  Name: optString(),
  Serial: optNumber(),
});

/** One folder of a user's visualization configuration. */
export const VisualizationFolderSchema = z.looseObject({
  FolderId: optString(),
  Name: optString(),
  VisualizationName: optString(),
  Meters: z.array(VisualizationMeterSchema).nullish(),
});

/** GET /partner/visualizationconfiguration/{id}: how a customer's folders are visualized. */
export const VisualizationConfigurationSchema = z.looseObject({
  UserId: optNumber(),
  Folders: z.array(VisualizationFolderSchema).nullish(),
});

/** A customer's visualization configuration (see VisualizationConfigurationSchema). */
export type VisualizationConfiguration = z.infer<typeof VisualizationConfigurationSchema>;

/** POST /SignUpPartner body: a new customer account assigned to the partner. */
export const SignUpPartnerSchema = z.looseObject({
  Username: z.string().min(1),
  Email: z.string().min(3),
  Password: z.string().min(1),
});

/** POST /SignUpPartner body (see SignUpPartnerSchema). */
export type SignUpPartner = z.infer<typeof SignUpPartnerSchema>;

/** POST /partner/user/{id} body: new e-mail and/or password of a partner-created user. */
export const PartnerUserUpdateSchema = z.looseObject({
  Email: optString(),
  Password: optString(),
});

/** POST /partner/user/{id} body (see PartnerUserUpdateSchema). */
export type PartnerUserUpdate = z.infer<typeof PartnerUserUpdateSchema>;

/** POST /UpdateFirmwarePartner body: the devices to update. */
export const UpdateFirmwarePartnerSchema = z.looseObject({
  DeviceIds: z.array(z.string()).min(1),
});

/** POST /UpdateFirmwarePartner body (see UpdateFirmwarePartnerSchema). */
export type UpdateFirmwarePartner = z.infer<typeof UpdateFirmwarePartnerSchema>;

/** One device's outcome of a firmware update request. */
export const FirmwareUpdateResultSchema = z.looseObject({
  DeviceId: optString(),
  Updated: z.boolean().nullish(),
  FirmwareVersion: optNumber(),
  Message: optString(),
});

/** POST /UpdateFirmwarePartner answer: one result per requested device. */
export const FirmwareUpdateResultListSchema = z.array(FirmwareUpdateResultSchema);

/** One device's firmware update outcome (see FirmwareUpdateResultSchema). */
export type FirmwareUpdateResult = z.infer<typeof FirmwareUpdateResultSchema>;
