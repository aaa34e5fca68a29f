import type { ContractDefinition } from './define.ts';
import { appInfoCall } from './calls/app.ts';
import { decoderDecodeCall } from './calls/decoder.ts';
import { settingsGetCall, settingsSetCall } from './calls/settings.ts';
import { liveFramesEvent } from './events/live-frames.ts';
import { settingsChangedEvent } from './events/settings-changed.ts';

/**
 * THE renderer<->main contract: every call and event, by name. Hosts register exactly these names, the
 * preload exposes exactly these, and every type on both sides is inferred from here.
 * To add a call: define it in calls/<domain>.ts with defineCall, add it below, implement it in main/app.ts.
 */
export const contract = {
  calls: {
    'app:info': appInfoCall,
    'settings:get': settingsGetCall,
    'settings:set': settingsSetCall,
    'decoder:decode': decoderDecodeCall,
  },
  events: {
    'live:frames': liveFramesEvent,
    'settings:changed': settingsChangedEvent,
  },
} satisfies ContractDefinition;

/** The contract's type, for generic code (handler wrapper, clients) that works for any contract. */
export type Contract = typeof contract;
