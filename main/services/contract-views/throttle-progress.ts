/** Progress as the fleet loader reports it. */
export interface Progress {
  done: number;
  total: number;
  phase: 'devices' | 'gateways' | 'meters' | 'done';
}

/**
 * Passes progress on at most every `minMs` (plus every phase change and the end), so a 10,000-meter load
 * does not send 10,000 events to the renderer while the bar moves just as smoothly.
 */
export function throttleProgress(
  emit: (p: Progress) => void,
  now: () => number,
  minMs = 100,
): (p: Progress) => void {
  let lastAt = -Infinity;
  let lastPhase: Progress['phase'] | undefined;
  return (p) => {
    const t = now();
    if (p.phase === lastPhase && t - lastAt < minMs) return;
    lastAt = t;
    lastPhase = p.phase;
    emit(p);
  };
}
