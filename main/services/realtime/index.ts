/** Realtime-API registrations (list, create, delete, mark, clean up) and per-device stream health. */
export {
  RegistrationManager,
  type MarkedRegistration,
  type RegistrationManagerOptions,
  type RegistrationWarning,
  type RemovalReport,
} from './registration-manager.ts';
export { RegistrationError, type RegistrationErrorCode } from './registration-error.ts';
export {
  registrationsPortFromApi,
  type RegisterRealtimeApiData,
  type RegistrationEndpoints,
  type RegistrationsPort,
} from './registrations-port.ts';
export {
  classifyRegistration,
  type ClassifyContext,
  type RegistrationMark,
} from './classify-registration.ts';
export {
  coversMeter,
  matchesTarget,
  registrationBody,
  type BasicAuthCredentials,
  type RegistrationTarget,
} from './registration-target.ts';
export { hookUrlDigest, memoryKnownHookUrlStore, type KnownHookUrlStore } from './known-hook-urls.ts';
export { normalizeWebhookUrl, redactWebhookUrl, sameWebhookUrl } from './webhook-url.ts';
export {
  FAST_SEND_INTERVAL_MS,
  FAST_SEND_MS,
  StreamHealth,
  type FrameSighting,
  type StreamHealthOptions,
} from './stream-health.ts';
export type { DeviceHealth, Gap } from './device-health.ts';
export { framesPerSecond, isGap, percentile, deviceTimeMs, GAP_FACTOR } from './health-math.ts';
export { sightingFromFrame } from './frame-sighting.ts';
export { fastSend, FastSendActiveError, type FastSendPort } from './fast-send.ts';
export { expectedIntervalFromUpload } from './upload-interval.ts';
