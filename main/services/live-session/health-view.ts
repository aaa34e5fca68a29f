import type { HealthSnapshot } from '../../../shared/contract/calls/live-schemas.ts';
import type { StreamHealth } from '../realtime/stream-health.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** Stream health as the view shows it: times as ISO text (the renderer formats them in its language). */
export function healthSnapshot(health: StreamHealth): HealthSnapshot {
  return {
    undecodable: health.undecodable,
    devices: health.snapshot().map((d) => ({
      deviceId: d.deviceId,
      frames: d.frames,
      framesPerSecond: d.framesPerSecond,
      lastFrameAt: iso(d.lastFrameAtMs),
      sinceLastFrameMs: d.sinceLastFrameMs,
      expectedIntervalMs: d.expectedIntervalMs,
      silent: d.silent,
      fastSendUntil: d.fastSendUntilMs === undefined ? null : iso(d.fastSendUntilMs),
      gaps: { count: d.gaps.count, longestMs: d.gaps.longestMs },
      latency: d.latency ? { p50Ms: d.latency.p50Ms, maxMs: d.latency.maxMs } : null,
      decodeErrors: d.decodeErrors,
    })),
  };
}
