/** One pause between two frames of a device that exceeded twice the expected interval. */
export interface Gap {
  fromMs: number;
  toMs: number;
  durationMs: number;
  expectedIntervalMs: number;
}

/** The health of one device's realtime stream, as the live view and `listen` show it. */
export interface DeviceHealth {
  deviceId: string;
  frames: number;
  /** Over the sliding window (see StreamHealthOptions.windowMs). */
  framesPerSecond: number;
  lastFrameAtMs: number;
  sinceLastFrameMs: number;
  /** The interval frames should arrive at now (1 s during fast-send). */
  expectedIntervalMs: number;
  /** True when nothing arrived for more than twice the expected interval: the stream has stalled. */
  silent: boolean;
  /** When the current fast-send window ends, if one is active. */
  fastSendUntilMs?: number;
  gaps: { count: number; longestMs: number; recent: Gap[] };
  /** From the device's own DateTime to arrival here; negative values mean the clocks disagree. */
  latency?: { p50Ms: number; maxMs: number; samples: number };
  /** Payloads with this device that did not decode completely. */
  decodeErrors: number;
}
