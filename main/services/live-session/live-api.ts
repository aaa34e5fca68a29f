import type { FastSendPort } from '../realtime/fast-send.ts';
import type { RegistrationEndpoints } from '../realtime/registrations-port.ts';

/** The part of the smart-me API the Live view uses: registrations, fast-send and the device list. */
export interface LiveApi extends RegistrationEndpoints, FastSendPort {
  devices(): Promise<{ Id: string; Name?: string | null | undefined; Serial: number }[]>;
}

/**
 * The API of the current login; rejects with a `not-connected` error (one a technician can act on) when
 * nobody is logged in. The app passes its session's `require()`.
 */
export type LiveApiSource = () => Promise<LiveApi>;
