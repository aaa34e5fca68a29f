/** How good a device's radio link is, in words a technician can act on. */
export type RssiBand = 'excellent' | 'good' | 'weak' | 'poor';

/**
 * Sorts smart-me's NetworkConnectionRSSI (0 bad … 100 best) into bands. The cut-offs are Meterscope's own:
 * smart-me documents only the scale. Below 20 expect dropouts (and "offline" devices); move the antenna.
 */
export function rssiBand(rssi: number | null | undefined): RssiBand | undefined {
  if (rssi === null || rssi === undefined || !Number.isFinite(rssi)) return undefined;
  if (rssi >= 70) return 'excellent';
  if (rssi >= 40) return 'good';
  if (rssi >= 20) return 'weak';
  return 'poor';
}

/** What each band means on site. */
export const RSSI_ADVICE: Record<RssiBand, string> = {
  excellent: 'strong signal',
  good: 'usable signal',
  weak: 'weak signal: occasional gaps possible',
  poor: 'very weak signal: expect dropouts; move the device or add a repeater/antenna',
};
