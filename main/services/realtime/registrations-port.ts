import type { RegisterRealtimeApiData } from '../../../shared/api/index.ts';

/** The wire shape of a registration (shared/api), re-exported so callers need one import. */
export type { RegisterRealtimeApiData };

/**
 * The three RegisterForRealtimeApi calls the manager needs, as a port: the app wires the API client to it,
 * tests may wire the simulator's client. POST and DELETE answer an empty body, hence `void`.
 */
export interface RegistrationsPort {
  list(): Promise<RegisterRealtimeApiData[]>;
  create(registration: RegisterRealtimeApiData): Promise<void>;
  delete(id: string): Promise<void>;
}

/** The part of the smart-me API client (`createSmartMeApi`) this port adapts. */
export interface RegistrationEndpoints {
  registrations(): Promise<RegisterRealtimeApiData[]>;
  register(body: RegisterRealtimeApiData): Promise<void>;
  unregister(id: string): Promise<void>;
}

/** Adapts the typed API client to the port (one line each, so the manager never knows about HTTP). */
export function registrationsPortFromApi(api: RegistrationEndpoints): RegistrationsPort {
  return {
    list: () => api.registrations(),
    create: (r) => api.register(r),
    delete: (id) => api.unregister(id),
  };
}
