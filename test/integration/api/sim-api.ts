import { createSmartMeApi, type SmartMeApi } from '../../../main/services/api/smartme-api.ts';
import type { ApiClientOptions } from '../../../main/services/api/api-client.ts';
import { apiKeyCredentials, basicCredentials } from '../../../main/services/api/static-credentials.ts';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../../main/simulator/index.ts';

/** A simulator and an API client logged in to it; `sleeps` records every backoff wait (none is really waited). */
export interface SimApi {
  sim: RunningSimulator;
  api: SmartMeApi;
  sleeps: number[];
  /** Another client on the same simulator, e.g. for another account. */
  as(user: string, options?: Partial<ApiClientOptions>): SmartMeApi;
  close(): Promise<void>;
}

/** Starts a small simulator and a client for `demo` (Professional) that never really sleeps between retries. */
export async function startSimApi(
  options: SimulatorOptions = {},
  client: Partial<ApiClientOptions> = {},
): Promise<SimApi> {
  const sim = await startSimulator({ meters: 8, gateways: 2, ...options });
  const sleeps: number[] = [];
  const apis: SmartMeApi[] = [];
  const ports = {
    sleep: async (ms: number) => void sleeps.push(ms),
    random: () => 0.5,
  };
  const as = (user: string, extra: Partial<ApiClientOptions> = {}) => {
    const api = createSmartMeApi({
      baseUrl: sim.baseUrl,
      credentials: user === 'apikey' ? apiKeyCredentials('demo') : basicCredentials(user, user),
      ports,
      ...client,
      ...extra,
    });
    apis.push(api);
    return api;
  };
  const api = as('demo');
  return {
    sim,
    api,
    sleeps,
    as,
    close: async () => {
      for (const a of apis) await a.close();
      await sim.close();
    },
  };
}

/** The rejection of `p` (fails the test if it resolves). */
export async function rejectionOf(
  p: Promise<unknown>,
): Promise<{ code: string; message: string; status?: number }> {
  return p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: { code: string; message: string; status?: number }) => e,
  );
}
