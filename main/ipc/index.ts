/** The transport-neutral IPC plumbing every host (Electron, web) uses the same way. */
export { createHandlers, type HandlerOptions, type Handlers, type ServiceMap } from './create-handlers.ts';
export { createEventHub, type EventHub, type EventSink } from './event-hub.ts';
export { exposedError, ServiceError } from './service-error.ts';
export { redactSecrets } from './redact.ts';
export { resolveLiveFrame, toLiveFrame, type PendingLiveFrame } from './live-frame.ts';
