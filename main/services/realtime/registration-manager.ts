import { classifyRegistration, type RegistrationMark } from './classify-registration.ts';
import { hookUrlDigest, memoryKnownHookUrlStore, type KnownHookUrlStore } from './known-hook-urls.ts';
import { RegistrationError } from './registration-error.ts';
import {
  coversMeter,
  matchesTarget,
  registrationBody,
  type BasicAuthCredentials,
  type RegistrationTarget,
} from './registration-target.ts';
import type { RegisterRealtimeApiData, RegistrationsPort } from './registrations-port.ts';
import { redactWebhookUrl, sameWebhookUrl } from './webhook-url.ts';

/** A registration as the UI and CLI show it: marked, and without the Basic-auth password the API echoes. */
export interface MarkedRegistration {
  id: string;
  kind: 'device' | 'account' | 'disabled';
  meterId?: string;
  serialNumber?: string;
  apiUrl: string;
  basicAuthUsername?: string;
  hasPassword: boolean;
  mark: RegistrationMark;
  reason: string;
  /** Created (or adopted) by this Meterscope session: removed when listening stops, if cleanup is on. */
  ours: boolean;
}

/** Something the technician should know about registrations (shown as a banner, printed by the CLI). */
export interface RegistrationWarning {
  code: 'public-url-changed' | 'stale-registrations';
  message: string;
  /** Ids of the registrations concerned. */
  ids: string[];
}

/** Outcome of a batch removal: what went, and what could not be removed (with the API's reason). */
export interface RemovalReport {
  removed: string[];
  failed: { id: string; message: string }[];
}

/** How a manager is built. */
export interface RegistrationManagerOptions {
  port: RegistrationsPort;
  known?: KnownHookUrlStore;
  /** Remove the registrations this session created when listening stops (default true). */
  cleanupOnStop?: boolean;
  onWarning?: (warning: RegistrationWarning) => void;
}

/**
 * Lists, creates and deletes Realtime-API registrations for this listener, marks them current, stale or
 * foreign, warns when the public URL changed, and cleans up what it created when listening stops.
 */
export class RegistrationManager {
  readonly #port: RegistrationsPort;
  readonly #known: KnownHookUrlStore;
  readonly #onWarning: (w: RegistrationWarning) => void;
  readonly #ours = new Set<string>();
  #cleanupOnStop: boolean;
  #hookUrl: string | undefined;
  #secret: string | undefined;
  #digests: Set<string> | undefined;

  constructor(options: RegistrationManagerOptions) {
    this.#port = options.port;
    this.#known = options.known ?? memoryKnownHookUrlStore();
    this.#cleanupOnStop = options.cleanupOnStop ?? true;
    this.#onWarning = options.onWarning ?? (() => undefined);
  }

  /** The webhook URL registrations point at now. */
  get hookUrl(): string | undefined {
    return this.#hookUrl;
  }

  /** Switches clean-up on stop on or off (a user setting). */
  set cleanupOnStop(on: boolean) {
    this.#cleanupOnStop = on;
  }

  /**
   * Sets the verified webhook URL (public URL + secret path). When it differs from the previous one, the
   * registrations made for the old URL now point nowhere: warns, naming them, so they can be re-pointed.
   */
  async setHookUrl(hookUrl: string, secret?: string): Promise<RegistrationWarning | undefined> {
    const previous = this.#hookUrl;
    this.#hookUrl = hookUrl;
    this.#secret = secret;
    await this.#remember(hookUrl);
    if (!previous || sameWebhookUrl(previous, hookUrl)) return undefined;
    const affected = (await this.list()).filter((r) => r.ours && sameWebhookUrl(r.apiUrl, previous));
    if (affected.length === 0) return undefined;
    return this.#warn({
      code: 'public-url-changed',
      message: `The public URL changed from ${redactWebhookUrl(previous)} to ${redactWebhookUrl(hookUrl)}: ${affected.length} registration(s) still point at the old address and deliver nothing. Re-point them.`,
      ids: affected.map((r) => r.id),
    });
  }

  /** Every registration of the account (or those delivering one meter), marked. Warns about stale ones. */
  async list(filter: { meterId?: string } = {}): Promise<MarkedRegistration[]> {
    const digests = await this.#digestSet();
    const all = await this.#port.list();
    const marked = all
      .filter((r) => !filter.meterId || coversMeter(r, filter.meterId))
      .map((r) => this.#mark(r, digests));
    const stale = marked.filter((r) => r.mark === 'stale' && !r.ours);
    if (stale.length > 0) {
      this.#warn({
        code: 'stale-registrations',
        message: `${stale.length} registration(s) point at an earlier Meterscope address and deliver nothing: remove them or re-register.`,
        ids: stale.map((r) => r.id),
      });
    }
    return marked;
  }

  /**
   * Registers the current webhook URL for one meter or the whole account. An identical registration is
   * adopted instead of duplicated (the cloud would push every frame twice).
   */
  async register(target: RegistrationTarget, basicAuth?: BasicAuthCredentials): Promise<MarkedRegistration> {
    const hookUrl = this.#hookUrl;
    if (!hookUrl) {
      throw new RegistrationError(
        'no-hook-url',
        'Start and verify a tunnel first: the cloud needs a public URL to push to.',
      );
    }
    const before = await this.#port.list();
    const existing = before.find((r) => matchesTarget(r, target, hookUrl));
    if (existing?.Id) {
      this.#ours.add(existing.Id);
      return this.#mark(existing, await this.#digestSet());
    }
    await this.#port.create(registrationBody(target, hookUrl, basicAuth));
    const known = new Set(before.map((r) => r.Id));
    const created = (await this.#port.list()).find(
      (r) => r.Id && !known.has(r.Id) && matchesTarget(r, target, hookUrl),
    );
    if (!created?.Id) {
      throw new RegistrationError(
        'not-listed',
        'smart-me accepted the registration but does not list it; check the account in the smart-me portal.',
      );
    }
    this.#ours.add(created.Id);
    return this.#mark(created, await this.#digestSet());
  }

  /** Deletes one registration (any mark: the user chose it). */
  async remove(id: string): Promise<void> {
    await this.#port.delete(id);
    this.#ours.delete(id);
  }

  /** Deletes every stale registration; foreign ones are never touched. */
  async removeStale(): Promise<RemovalReport> {
    const stale = (await this.list()).filter((r) => r.mark === 'stale');
    return this.#removeAll(stale.map((r) => r.id));
  }

  /**
   * Points this session's registrations for an old URL at the current one: creates the new registration
   * first, then deletes the old, so no push is lost in between.
   */
  async repoint(): Promise<RemovalReport> {
    const hookUrl = this.#hookUrl;
    const old = (await this.list()).filter((r) => r.ours && hookUrl && !sameWebhookUrl(r.apiUrl, hookUrl));
    for (const r of old) {
      if (r.kind === 'disabled') continue;
      await this.register(
        r.kind === 'device' && r.meterId ? { kind: 'device', meterId: r.meterId } : { kind: 'account' },
      );
    }
    return this.#removeAll(old.map((r) => r.id));
  }

  /** Listening stops: removes what this session created, unless clean-up was switched off. */
  async stop(): Promise<RemovalReport> {
    if (!this.#cleanupOnStop) return { removed: [], failed: [] };
    return this.#removeAll([...this.#ours]);
  }

  async #removeAll(ids: string[]): Promise<RemovalReport> {
    const report: RemovalReport = { removed: [], failed: [] };
    for (const id of ids) {
      try {
        await this.remove(id);
        report.removed.push(id);
      } catch (e) {
        report.failed.push({ id, message: e instanceof Error ? e.message : String(e) });
      }
    }
    return report;
  }

  #mark(r: RegisterRealtimeApiData, digests: ReadonlySet<string>): MarkedRegistration {
    const id = r.Id ?? '';
    const ours = this.#ours.has(id);
    const { mark, reason } = classifyRegistration(r, {
      ...(this.#hookUrl ? { currentHookUrl: this.#hookUrl } : {}),
      ...(this.#secret ? { currentSecret: this.#secret } : {}),
      knownDigests: digests,
    });
    const kind = r.RegistrationType === 1 ? 'device' : r.RegistrationType === 2 ? 'account' : 'disabled';
    const out: MarkedRegistration = {
      id,
      kind,
      apiUrl: r.ApiUrl ?? '',
      hasPassword: !!r.BasicAuthPassword,
      mark,
      reason,
      ours,
    };
    if (r.MeterId) out.meterId = r.MeterId;
    if (r.SerialNumber) out.serialNumber = r.SerialNumber;
    if (r.BasicAuthUsername) out.basicAuthUsername = r.BasicAuthUsername;
    return out;
  }

  async #digestSet(): Promise<Set<string>> {
    this.#digests ??= new Set(await this.#known.load());
    // The current URL is "known" for later runs, but must not make its own registrations stale now.
    const digests = new Set(this.#digests);
    if (this.#hookUrl) digests.delete(hookUrlDigest(this.#hookUrl));
    return digests;
  }

  async #remember(url: string): Promise<void> {
    this.#digests ??= new Set(await this.#known.load());
    this.#digests.add(hookUrlDigest(url));
    await this.#known.save([...this.#digests]);
  }

  #warn(w: RegistrationWarning): RegistrationWarning {
    this.#onWarning(w);
    return w;
  }
}
