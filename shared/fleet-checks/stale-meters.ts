import type { GatewayMeter, GatewayView } from '../contract/calls/fleet.ts';

/** A stale meter with the gateway it hangs on. */
export interface StaleMeter {
  gatewayId: string;
  gatewayName: string | null;
  meter: GatewayMeter;
  /** Milliseconds since its last value; null when it never sent one. */
  ageMs: number | null;
}

/**
 * Every stale meter of every gateway in one list, like the vendor's "> 24 h" sample table: never-seen
 * meters first, then the longest silent, so the worst problems are on top.
 */
export function staleMeters(gateways: readonly GatewayView[], nowMs: number): StaleMeter[] {
  const out: StaleMeter[] = [];
  for (const g of gateways) {
    for (const meter of g.meters) {
      if (!meter.stale) continue;
      const at = meter.lastValueDate ? Date.parse(meter.lastValueDate) : Number.NaN;
      out.push({ gatewayId: g.id, gatewayName: g.name, meter, ageMs: Number.isNaN(at) ? null : nowMs - at });
    }
  }
  const age = (s: StaleMeter) => s.ageMs ?? Number.MAX_VALUE;
  return out.sort((a, b) => age(b) - age(a));
}
