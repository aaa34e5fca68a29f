import type { ContractDefinition } from './define.ts';
import { appInfoCall } from './calls/app.ts';
import { decoderDecodeCall } from './calls/decoder.ts';
import { settingsGetCall, settingsSetCall } from './calls/settings.ts';
import { liveFramesEvent } from './events/live-frames.ts';
import { settingsChangedEvent } from './events/settings-changed.ts';
import {
  authCancelCall,
  authLoginCall,
  authLogoutCall,
  authSelfTestCall,
  authStatusCall,
} from './calls/auth.ts';
import {
  deviceFastSendCall,
  deviceHistoryCall,
  deviceInspectCall,
  deviceSwitchCall,
} from './calls/device.ts';
import { fleetLoadCall } from './calls/fleet.ts';
import { gatewayGetCall, gatewaySearchCall, gatewaySetIntervalCall } from './calls/gateway.ts';
import { secretsSetCall, secretsStatusCall } from './calls/secrets.ts';
import { authChangedEvent } from './events/auth-changed.ts';
import { fleetProgressEvent } from './events/fleet-progress.ts';
// Live and Decoder views.
import { builderEncodeCall, builderSendCall } from './calls/builder.ts';
import { capturesExportCall, capturesListCall, capturesOpenCall } from './calls/captures.ts';
import { decoderProtoGetCall, decoderProtoSetCall } from './calls/decoder.ts';
import {
  liveFastSendCall,
  liveFrameCall,
  liveHealthCall,
  liveRegisterCall,
  liveRegistrationsCall,
  liveRemoveStaleCall,
  liveStartCall,
  liveStateCall,
  liveStopCall,
  liveTargetsCall,
  liveUnregisterCall,
} from './calls/live.ts';
import { liveHealthEvent, liveRegistrationsEvent, liveStateEvent } from './events/live-state.ts';
// Site report and support bundle.
import { reportBuildCall, supportBundleCall } from './calls/report.ts';
// Goldpartner view.
import { partnerFastSendCall, partnerLoadCall } from './calls/partner.ts';

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
    // Live and Decoder views.
    'decoder:proto-get': decoderProtoGetCall,
    'decoder:proto-set': decoderProtoSetCall,
    'builder:encode': builderEncodeCall,
    'builder:send': builderSendCall,
    'live:start': liveStartCall,
    'live:stop': liveStopCall,
    'live:state': liveStateCall,
    'live:registrations': liveRegistrationsCall,
    'live:register': liveRegisterCall,
    'live:unregister': liveUnregisterCall,
    'live:remove-stale': liveRemoveStaleCall,
    'live:targets': liveTargetsCall,
    'live:health': liveHealthCall,
    'live:fast-send': liveFastSendCall,
    'live:frame': liveFrameCall,
    'captures:list': capturesListCall,
    'captures:open': capturesOpenCall,
    'captures:export': capturesExportCall,
    // Account views (Connect, Devices, Gateways, Inspector, Settings secrets).
    'auth:status': authStatusCall,
    'auth:login': authLoginCall,
    'auth:cancel': authCancelCall,
    'auth:logout': authLogoutCall,
    'auth:selfTest': authSelfTestCall,
    'fleet:load': fleetLoadCall,
    'gateway:get': gatewayGetCall,
    'gateway:search': gatewaySearchCall,
    'gateway:setInterval': gatewaySetIntervalCall,
    'device:inspect': deviceInspectCall,
    'device:history': deviceHistoryCall,
    'device:fastSend': deviceFastSendCall,
    'device:switch': deviceSwitchCall,
    'secrets:status': secretsStatusCall,
    'secrets:set': secretsSetCall,
    // Site report and support bundle.
    'report:build': reportBuildCall,
    'support:bundle': supportBundleCall,
    // Goldpartner view.
    'partner:load': partnerLoadCall,
    'partner:fast-send': partnerFastSendCall,
  },
  events: {
    'live:frames': liveFramesEvent,
    'settings:changed': settingsChangedEvent,
    // Live view.
    'live:state': liveStateEvent,
    'live:registrations': liveRegistrationsEvent,
    'live:health': liveHealthEvent,
    'auth:changed': authChangedEvent,
    'fleet:progress': fleetProgressEvent,
  },
} satisfies ContractDefinition;

/** The contract's type, for generic code (handler wrapper, clients) that works for any contract. */
export type Contract = typeof contract;
