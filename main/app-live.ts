import { basename, join } from 'node:path';
import type { Contract } from '../shared/contract/contract.ts';
import type { PendingLiveFrame } from './ipc/live-frame.ts';
import type { ContractServices } from '../shared/contract/types.ts';
import type { EventHub } from './ipc/event-hub.ts';
import { ServiceError } from './ipc/service-error.ts';
import { listCaptures } from './services/captures/capture-sessions.ts';
import { fastSend } from './services/realtime/fast-send.ts';
import { httpPoster, type HttpPoster } from './services/replay/post-payload.ts';
import type { SecretStore } from './services/secrets/secret-store.ts';
import { encodeForm, sendForm } from './services/live-session/builder.ts';
import { findInCapture } from './services/live-session/capture-lookup.ts';
import { exportCaptureText } from './services/live-session/capture-export.ts';
import { frameDetail } from './services/live-session/frame-detail.ts';
import type { LiveApiSource } from './services/live-session/live-api.ts';
import { LiveSession, type LiveSessionDeps } from './services/live-session/live-session.ts';
import { captureInFolder, openCapture, storeUpload } from './services/live-session/opened-capture.ts';
import { bytesToHex } from '../shared/realtime/index.ts';

/** The calls this module implements. */
type LiveCalls =
  | 'live:start'
  | 'live:stop'
  | 'live:state'
  | 'live:registrations'
  | 'live:register'
  | 'live:unregister'
  | 'live:remove-stale'
  | 'live:targets'
  | 'live:health'
  | 'live:fast-send'
  | 'live:frame'
  | 'captures:list'
  | 'captures:open'
  | 'captures:export'
  | 'builder:encode'
  | 'builder:send';

/** What the Live view's calls need from the app. */
export interface LiveContext {
  home: string;
  secretStore: SecretStore;
  events: EventHub<Contract>;
  /** The batched `live:frames` publisher (app.publishFrame). */
  publishFrame(frame: PendingLiveFrame): void;
  /** The current login's API (rejects `not-connected` when there is none). */
  api: LiveApiSource;
  env?: Record<string, string | undefined>;
  clock?: () => number;
  /** Test overrides of the session's ports (tunnel spawn, timers). */
  session?: Partial<Pick<LiveSessionDeps, 'tunnelPorts' | 'every' | 'random'>>;
}

/** The Live view's services, the session behind them (for hosts and benchmarks), and shutdown. */
export interface LiveServices {
  services: Pick<ContractServices, LiveCalls>;
  session: LiveSession;
  close(): Promise<void>;
}

/**
 * Wires the Live view: listener, tunnel, registrations, stream health, frame detail, captures (open and
 * export with no network) and the payload builder. Events go to every window through the app's hub.
 */
export function createLiveServices(ctx: LiveContext): LiveServices {
  const clock = ctx.clock ?? Date.now;
  const capturesDir = join(ctx.home, 'captures');
  const session = new LiveSession({
    home: ctx.home,
    secrets: ctx.secretStore,
    env: ctx.env ?? {},
    api: ctx.api,
    clock,
    publishFrame: ctx.publishFrame,
    onState: (state) => ctx.events.emit('live:state', state),
    onRegistrations: (list) => ctx.events.emit('live:registrations', list),
    onHealth: (snapshot) => ctx.events.emit('live:health', snapshot),
    ...ctx.session,
  });
  let opened: string | undefined;
  let poster: HttpPoster | undefined;

  const notFound = (seq: number) =>
    new ServiceError('frame-not-found', `Frame #${seq} is not in this capture any more.`);

  const services: LiveServices['services'] = {
    'live:start': (r) => session.start(r),
    'live:stop': (r) => session.stop(r.removeRegistrations),
    'live:state': async () => session.state(),
    'live:registrations': () => session.registrations.list(),
    'live:register': (r) => session.registrations.register(r.target),
    'live:unregister': (r) => session.registrations.unregister(r.id),
    'live:remove-stale': () => session.registrations.removeStale(),
    'live:targets': async () => {
      const devices = await (await ctx.api()).devices();
      return {
        devices: devices.map((d) => ({ id: d.Id, name: d.Name ?? '', serial: String(d.Serial) })),
      };
    },
    'live:health': async () => session.health(),
    'live:fast-send': async ({ deviceId }) => {
      const api = await ctx.api();
      const { untilMs } = await fastSend(deviceId, { api, health: session.streamHealth, clock });
      return { until: new Date(untilMs).toISOString() };
    },
    'live:frame': async ({ seq, source, lang }) => {
      const entry =
        source === 'live'
          ? await session.frameEntry(seq)
          : opened
            ? await findInCapture(opened, seq)
            : undefined;
      if (!entry) throw notFound(seq);
      return frameDetail(entry, lang);
    },
    'captures:list': async () => {
      const found = await listCaptures(capturesDir);
      return {
        dir: capturesDir,
        captures: found.map((c) => ({
          name: basename(c.file),
          started: 'error' in c ? null : (c.sessions[0]?.started ?? null),
          records: 'error' in c ? 0 : c.records,
          bytes: 'error' in c ? 0 : c.bytes,
          error: 'error' in c ? c.error : null,
        })),
      };
    },
    'captures:open': async (r) => {
      const path =
        'name' in r
          ? captureInFolder(capturesDir, r.name)
          : await storeUpload(ctx.home, r.upload.fileName, r.upload.base64);
      const capture = await openCapture(path);
      opened = path;
      return { name: capture.name, frames: capture.frames, total: capture.total, issues: capture.issues };
    },
    'captures:export': async ({ source, format }) => {
      const path = source === 'live' ? session.capturePath() : opened;
      if (!path) {
        throw new ServiceError(
          'no-capture',
          source === 'live' ? 'Nothing was captured yet: start listening first.' : 'Open a capture first.',
        );
      }
      return exportCaptureText(path, format);
    },
    'builder:encode': async (form) => {
      const body = encodeForm(form);
      return { hex: bytesToHex(body), byteLength: body.length };
    },
    'builder:send': async ({ to, basicAuth, ...form }) => {
      let target: { url: string; basicAuth: typeof basicAuth };
      if (to === 'listener') {
        const own = session.listenerTarget();
        if (!own) throw new ServiceError('not-listening', 'Start listening in the Live view first.');
        target = { url: own.url, basicAuth: basicAuth ?? own.basicAuth };
      } else {
        target = { url: to, basicAuth };
      }
      poster ??= httpPoster({ connections: 4, timeoutMs: 15_000 });
      return sendForm(form, target, poster.post);
    },
  };

  return {
    services,
    session,
    close: async () => {
      await session.close();
      await poster?.close();
    },
  };
}
