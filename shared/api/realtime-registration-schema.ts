import { z } from 'zod';
import { optNumber, optString } from './schema-fields.ts';

/**
 * A Realtime-API webhook registration: one meter (by MeterId or SerialNumber) or the whole account
 * pushes protobuf to ApiUrl, with Basic auth when a username is set.
 */
export const RegisterRealtimeApiDataSchema = z.looseObject({
  Id: optString(),
  RegistrationType: optNumber(),
  MeterId: optString(),
  SerialNumber: optString(),
  ApiUrl: optString(),
  BasicAuthUsername: optString(),
  BasicAuthPassword: optString(),
});

/** A webhook registration (see RegisterRealtimeApiDataSchema). */
export type RegisterRealtimeApiData = z.infer<typeof RegisterRealtimeApiDataSchema>;

/** GET /RegisterForRealtimeApi: every registration of the account. */
export const RegisterRealtimeApiDataListSchema = z.array(RegisterRealtimeApiDataSchema);
