import { z } from 'zod';
import { optNumber, optString } from './schema-fields.ts';

/** GET /actions/{id}: one switchable output; its ObisCode is the id used to switch it. */
export const ActionInformationSchema = z.looseObject({
  Name: optString(),
  ObisCode: optString(),
  ActionType: optNumber(),
  MinValue: optNumber(),
  MaxValue: optNumber(),
});

/** One switchable output of a device (see ActionInformationSchema). */
export type ActionInformation = z.infer<typeof ActionInformationSchema>;

/** GET /actions/{id}: every output defined as a digital output on the device. */
export const ActionInformationListSchema = z.array(ActionInformationSchema);

/** One output change: on/off takes 0 or 1, analog outputs a value in the output's range. */
export const ActionToPostValueSchema = z.looseObject({
  ObisCode: z.string(),
  Value: z.number(),
});

/** POST /actions body: note the capital `DeviceID`. */
export const ActionToPostSchema = z.looseObject({
  DeviceID: z.string(),
  Actions: z.array(ActionToPostValueSchema),
});

/** POST /actions body (see ActionToPostSchema). */
export type ActionToPost = z.infer<typeof ActionToPostSchema>;
