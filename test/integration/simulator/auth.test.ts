import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { AUTH, get, list, obj } from './sim-http.ts';

let sim: RunningSimulator;
let deviceId: string;

beforeAll(async () => {
  sim = await startSimulator({ meters: 4, gateways: 1 });
  deviceId = String(list(await get(sim, '/Devices'))[0]!.Id);
});
afterAll(() => sim.close());

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

async function clientCredentialsToken(): Promise<string> {
  const res = await fetch(`${sim.baseUrl}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: basic('meterscope-device', 'meterscope-device-secret'),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials&scope=device.read',
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

describe('authentication', () => {
  it('accepts Basic (user name or e-mail), ApiKey and an OAuth Bearer token', async () => {
    expect(obj(await get(sim, '/User', basic('demo', 'demo'))).Username).toBe('demo');
    expect(obj(await get(sim, '/User', basic('DEMO@example.com', 'demo'))).Username).toBe('demo');
    expect(obj(await get(sim, '/User', 'ApiKey demo')).Username).toBe('demo');
    const token = await clientCredentialsToken();
    expect(obj(await get(sim, '/User', `Bearer ${token}`)).Username).toBe('demo');
  });

  it('answers 401 with a Basic challenge for missing or wrong credentials', async () => {
    for (const auth of [null, basic('demo', 'wrong'), 'ApiKey nope', 'Bearer nope', 'Digest x']) {
      const answer = await get(sim, '/Devices', auth);
      expect(answer.status, String(auth)).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Basic realm="smart-me"');
    }
  });

  it('serves the OAuth discovery document on the same port', async () => {
    const answer = await get(sim, '/.well-known/openid-configuration', null);
    expect(answer.status).toBe(200);
    expect(obj(answer).token_endpoint).toContain('/oauth/token');
  });
});

describe('licences', () => {
  it('refuses history to a Basic licence with 403 and a reason, allows it to Professional', async () => {
    const basicDevice = String(list(await get(sim, '/Devices', AUTH.basic))[0]!.Id);
    const path = (id: string) =>
      `/ValuesInPastMultiple/${id}?startDate=2026-01-01&endDate=2026-01-02&interval=60`;
    const refused = await get(sim, path(basicDevice), AUTH.basic);
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Professional');
    expect((await get(sim, path(deviceId))).status).toBe(200);
  });

  it('refuses partner endpoints to everyone but a Goldpartner', async () => {
    for (const auth of [AUTH.demo, AUTH.basic]) {
      const answer = await get(sim, '/PartnerAllDevices', auth);
      expect(answer.status).toBe(403);
      expect(answer.text).toContain('Goldpartner');
    }
    expect((await get(sim, '/PartnerAllDevices', AUTH.partner)).status).toBe(200);
  });

  it("tells who is logged in with the licence's permissions", async () => {
    const user = obj(await get(sim, '/User', AUTH.partner));
    expect(user).toMatchObject({ Id: 1003, IdAsString: '1003', Username: 'partner', IsAdmin: true });
    expect(user.Permissions).toContain('partner.read');
  });
});
