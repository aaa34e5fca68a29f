import { encodeDeviceDataArray, bytesToHex } from '../../../shared/realtime/index.ts';
import { ServiceError } from '../../ipc/service-error.ts';
import { buildPayload } from '../replay/build-payload.ts';
import { parseAssignment } from '../replay/payload-edits.ts';
import type { PostPayload } from '../replay/post-payload.ts';
import { basicAuthHeader } from '../webhook/basic-auth.ts';

/** The builder's form: one device reading. */
export interface BuilderForm {
  deviceId: string;
  time: string;
  values: { obis: string; value: number }[];
}

/**
 * Encodes the builder's form the way the smart-me cloud does (replay's buildPayload over shared/realtime's
 * encoder). A bad GUID, OBIS code or time is a `bad-payload` error naming the field.
 */
export function encodeForm(form: BuilderForm): Uint8Array {
  const time = new Date(form.time);
  if (Number.isNaN(time.getTime()))
    throw new ServiceError('bad-payload', `"${form.time}" is not a date-time.`);
  try {
    const values = form.values.map((v) => parseAssignment(`${v.obis}=${String(v.value)}`));
    return buildPayload({ deviceId: form.deviceId, time, values }, encodeDeviceDataArray);
  } catch (e) {
    throw new ServiceError('bad-payload', e instanceof Error ? e.message : String(e));
  }
}

/** Encodes the form and POSTs it; the answer (status or network error) is a result, never an exception. */
export async function sendForm(
  form: BuilderForm,
  target: { url: string; basicAuth: { username: string; password: string } | null },
  post: PostPayload,
): Promise<{ hex: string; byteLength: number; status: number | null; error: string | null }> {
  const body = encodeForm(form);
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (target.basicAuth) headers.authorization = basicAuthHeader(target.basicAuth);
  const outcome = await post(target.url, body, headers);
  return {
    hex: bytesToHex(body),
    byteLength: body.length,
    status: 'status' in outcome ? outcome.status : null,
    error: 'error' in outcome ? outcome.error : null,
  };
}
