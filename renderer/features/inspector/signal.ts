/** The RSSI bands main sorts signals into (see main/services/fleet/rssi-band.ts). */
export type RssiBand = 'excellent' | 'good' | 'weak' | 'poor';

/** How the signal is drawn: bars out of four, a colour tone, and the message key of its meaning. */
export interface SignalView {
  bars: 0 | 1 | 2 | 3 | 4;
  tone: 'ok' | 'warn' | 'error' | 'none';
  key: 'band.excellent' | 'band.good' | 'band.weak' | 'band.poor' | 'noSignal';
}

/**
 * The signal meter of the inspector: four bars for excellent down to one for poor, green while it is
 * usable, amber when gaps are likely, red when dropouts are; no bars when the device reports no RSSI.
 */
export function signalView(band: RssiBand | null): SignalView {
  switch (band) {
    case 'excellent':
      return { bars: 4, tone: 'ok', key: 'band.excellent' };
    case 'good':
      return { bars: 3, tone: 'ok', key: 'band.good' };
    case 'weak':
      return { bars: 2, tone: 'warn', key: 'band.weak' };
    case 'poor':
      return { bars: 1, tone: 'error', key: 'band.poor' };
    default:
      return { bars: 0, tone: 'none', key: 'noSignal' };
  }
}
