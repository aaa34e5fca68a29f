import { namesOf } from './enum-table.ts';

/** `ActionInformation.ActionType`: on/off outputs take 0/1, analog (PWM) outputs a range. */
export const ActionType = { OnOffAction: 0, AnalogAction: 1 } as const;

/** Display names of ActionType integers. */
export const ActionTypeName = namesOf(ActionType);

/** `RegisterRealtimeApiData.RegistrationType`: one meter or the whole account pushes to a webhook. */
export const RealtimeApiRegistrationType = {
  Disabled: 0,
  SingleMeterRegistration: 1,
  UserRegistration: 2,
} as const;

/** Display names of RealtimeApiRegistrationType integers. */
export const RealtimeApiRegistrationTypeName = namesOf(RealtimeApiRegistrationType);

/** A device's configured cloud upload interval (device configuration), 1 = every second. */
export const UploadInterval = {
  Interval1s: 1,
  Interval5s: 2,
  Interval10s: 3,
  Interval30s: 4,
  Interval60s: 5,
  Interval5min: 6,
  Interval15min: 7,
  Interval30min: 8,
  Interval60min: 9,
  Interval6h: 10,
  Interval12h: 11,
  Interval24h: 12,
} as const;

/** Display names of UploadInterval integers. */
export const UploadIntervalName = namesOf(UploadInterval);

/** Seconds per upload interval: when a device's next realtime push is due. */
export const UploadIntervalSeconds: Readonly<Record<number, number>> = Object.freeze({
  1: 1,
  2: 5,
  3: 10,
  4: 30,
  5: 60,
  6: 300,
  7: 900,
  8: 1800,
  9: 3600,
  10: 21_600,
  11: 43_200,
  12: 86_400,
});

/** `FolderMenuItem.FolderType`: icons and meaning of folder tree nodes. */
export const FolderType = {
  Folder: 0,
  Location: 1,
  Factory: 2,
  House: 3,
  Office: 4,
  Machine: 5,
  VirtualMeter: 6,
  ElecticityFolder: 7,
  WaterFolder: 8,
  HeatFolder: 9,
  GasFolder: 10,
  TemperatureFolder: 11,
  Sun: 12,
  Light: 13,
  Ice: 14,
  Sofa: 15,
  Food: 16,
  Coffee: 17,
  Car: 18,
  ChargingStation: 19,
  Meter: 1000,
  User: 1001,
  Trash: 1002,
  VirtualPvMeter: 20001,
} as const;

/** Display names of FolderType integers. */
export const FolderTypeName = namesOf(FolderType);

/** `interval` of ValuesInPastMultipleInterpolated: minutes between grid points. */
export const InterpolationInterval = { FifteenMinutes: 15, Day: 1440 } as const;

/** Display names of InterpolationInterval integers. */
export const InterpolationIntervalName = namesOf(InterpolationInterval);
