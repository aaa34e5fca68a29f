/**
 * The renderer<->main contract. The renderer imports only types from here (`import type`), so the schemas
 * (and zod) stay out of its bundle; main imports the schemas to check every message at the boundary.
 */
export { contract, type Contract } from './contract.ts';
export type {
  CallName,
  CallRequest,
  CallResponse,
  ContractServices,
  EventName,
  EventPayload,
  ParsedRequest,
} from './types.ts';
export {
  errorEnvelope,
  okEnvelope,
  PLUMBING_ERROR_CODES,
  type ContractError,
  type Envelope,
} from './envelope.ts';
export {
  defineCall,
  defineEvent,
  type CallDefinition,
  type ContractDefinition,
  type EventDefinition,
} from './define.ts';
export {
  DEFAULT_SETTINGS,
  SettingsPatchSchema,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from './settings.ts';
export { LiveFrameSchema, type LiveFrame } from './events/live-frames.ts';
export { createBatcher, type Batcher, type BatcherClock, type BatcherOptions } from './live-batcher.ts';
export {
  decodeSocketMessage,
  encodeSocketMessage,
  isSocketCall,
  type SocketCall,
  type SocketEvent,
  type SocketMessage,
  type SocketResult,
} from './socket-protocol.ts';
export { BRIDGE_GLOBAL, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type ContractBridge } from './bridge.ts';
export {
  createSocketClient,
  type SocketClientOptions,
  type SocketLike,
  type SocketState,
} from './socket-client.ts';
