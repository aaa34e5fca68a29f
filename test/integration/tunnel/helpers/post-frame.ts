import { request } from 'undici';

/** POSTs a payload to a public hook URL the way the smart-me cloud does; resolves with the status. */
export async function postFrame(url: string, body: Uint8Array): Promise<number> {
  const res = await request(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/octet-stream' },
  });
  await res.body.dump();
  return res.statusCode;
}
