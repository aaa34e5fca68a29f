import type { RegistrationList } from '../../../shared/contract/calls/live-schemas.ts';
import {
  RegistrationManager,
  type RegistrationWarning,
  type RemovalReport,
} from '../realtime/registration-manager.ts';
import type { RegistrationTarget } from '../realtime/registration-target.ts';
import type { RegistrationsPort } from '../realtime/registrations-port.ts';
import { fileKnownHookUrlStore } from './known-urls-file.ts';
import type { LiveApiSource } from './live-api.ts';
import { registrationView, warningView } from './registration-views.ts';

/**
 * The Live view's registrations across sessions: one RegistrationManager per listening session (it knows
 * the verified URL and what this session created, and removes that on stop), an idle one in between so
 * stale registrations can still be listed and removed. Every change is announced to all windows.
 */
export class SessionRegistrations {
  readonly #port: RegistrationsPort;
  readonly #known;
  readonly #onChange: (list: RegistrationList) => void;
  readonly #warnings = new Map<string, RegistrationWarning>();
  #manager: RegistrationManager;
  #basicAuth: { username: string; password: string } | undefined;

  constructor(home: string, api: LiveApiSource, onChange: (list: RegistrationList) => void) {
    this.#onChange = onChange;
    this.#known = fileKnownHookUrlStore(home);
    this.#port = {
      list: async () => (await api()).registrations(),
      create: async (r) => (await api()).register(r),
      delete: async (id) => (await api()).unregister(id),
    };
    this.#manager = this.#newManager(false);
  }

  /** A listening session starts: a fresh manager that cleans up (or not) when it ends. */
  begin(cleanupOnStop: boolean, basicAuth: { username: string; password: string } | null): void {
    this.#warnings.clear();
    this.#basicAuth = basicAuth ?? undefined;
    this.#manager = this.#newManager(cleanupOnStop);
  }

  /** The tunnel was verified: registrations made from now on point at this URL. */
  async setHookUrl(hookUrl: string, secret: string): Promise<void> {
    await this.#manager.setHookUrl(hookUrl, secret);
    await this.#announce();
  }

  /** Every registration of the account, marked, with what to know about them. */
  async list(): Promise<RegistrationList> {
    this.#warnings.delete('stale-registrations');
    const registrations = (await this.#manager.list()).map(registrationView);
    return { registrations, warnings: [...this.#warnings.values()].map(warningView) };
  }

  /** Registers the verified URL for a device or the account (adopts an identical one). */
  async register(target: RegistrationTarget) {
    const created = await this.#manager.register(target, this.#basicAuth);
    const list = await this.list();
    this.#onChange(list);
    return { ...list, registration: registrationView(created) };
  }

  /** Deletes one registration. */
  async unregister(id: string): Promise<RegistrationList> {
    await this.#manager.remove(id);
    return this.#changed();
  }

  /** Deletes every stale registration (never foreign ones). */
  async removeStale(): Promise<RegistrationList & RemovalReport> {
    const report = await this.#manager.removeStale();
    return { ...(await this.#changed()), ...report };
  }

  /** The session ends: removes what it created (when `remove`), then an idle manager takes over. */
  async end(remove: boolean): Promise<RemovalReport> {
    this.#manager.cleanupOnStop = remove;
    const report = await this.#manager.stop();
    this.#manager = this.#newManager(false);
    this.#warnings.clear();
    if (report.removed.length > 0 || report.failed.length > 0) await this.#announce();
    return report;
  }

  async #changed(): Promise<RegistrationList> {
    const list = await this.list();
    this.#onChange(list);
    return list;
  }

  /** Tells every window, when the API answers (a change never fails because of the announcement). */
  async #announce(): Promise<void> {
    try {
      this.#onChange(await this.list());
    } catch {
      // The next explicit refresh shows the error.
    }
  }

  #newManager(cleanupOnStop: boolean): RegistrationManager {
    return new RegistrationManager({
      port: this.#port,
      known: this.#known,
      cleanupOnStop,
      onWarning: (w) => this.#warnings.set(w.code, w),
    });
  }
}
