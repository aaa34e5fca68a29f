/**
 * The smart-me API client: one import for the CLI, the app and the fleet loader. Everything else in this folder
 * is an implementation detail and may change.
 */
export { createSmartMeApi, type SmartMeApi } from './smartme-api.ts';
export { createApiClient, type ApiClient, type ApiClientOptions, type ApiEvent } from './api-client.ts';
export { ApiError, isApiError, type ApiErrorCode } from './api-error.ts';
export type { CredentialsProvider } from './credentials.ts';
export type { CallOptions } from './endpoints/call-options.ts';
export type { HistoryRange } from './endpoints/values.ts';
export type { LimiterProgress } from './concurrency-limiter.ts';
export type { ClientPorts } from './ports.ts';
export type { RetryPolicy } from './retry-policy.ts';
export type { Timeouts } from './http-transport.ts';
export { licenceFor, licenceHint, type Licence } from './licence-hints.ts';
export { basicCredentials, apiKeyCredentials } from './static-credentials.ts';
