/** Per-call options every endpoint method takes: cancel a single call without closing the client. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** A path segment from an id or serial, escaped so a stray `/` or `?` cannot change the endpoint. */
export const seg = (value: string | number): string => encodeURIComponent(String(value));

/** Dates go out as `yyyy-MM-ddTHH:mm:ss.fffZ`, the form smart-me's own .NET client sends. */
export const queryDate = (d: Date): string => d.toISOString();
