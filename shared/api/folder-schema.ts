import { z } from 'zod';
import { optNumber, optString } from './schema-fields.ts';

/** Automatic export settings of a folder (billing exports). */
export const AutoExportSettingsSchema = z.looseObject({
  MeterPointId: optString(),
  ExportFormat: optString(),
  UploadType: optString(),
  ExportInterval: optNumber(),
});

/**
 * One node of the folder tree: a folder, a meter (FolderType 1000, serial as a string because JavaScript
 * cannot hold every int64) or a user (FolderType 1001).
 */
export const FolderMenuItemSchema = z.looseObject({
  Id: optString(),
  Name: optString(),
  Description: optString(),
  FolderType: optNumber(),
  Icon: optString(),
  UserId: optString(),
  MeterSerialNumber: optString(),
  AutoExportSettings: AutoExportSettingsSchema.nullish(),
  get Children() {
    return z.array(FolderMenuItemSchema).nullish();
  },
});

/** One node of the folder tree (see FolderMenuItemSchema). */
export type FolderMenuItem = z.infer<typeof FolderMenuItemSchema>;

/** GET/POST /FolderMenu and /partner/foldermenu/{id}: a user's whole folder tree. */
export const FolderMenuConfigurationSchema = z.looseObject({
  Items: z.array(FolderMenuItemSchema).nullish(),
  BrowserUtcTime: optString(),
  BrowserTimeZoneName: optString(),
});

/** A user's folder tree (see FolderMenuConfigurationSchema). */
export type FolderMenuConfiguration = z.infer<typeof FolderMenuConfigurationSchema>;
