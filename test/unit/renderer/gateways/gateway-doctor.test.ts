import { describe, expect, it } from 'vitest';
import type { GatewayView } from '../../../../shared/contract/calls/fleet.ts';
import { gatewayDoctor } from '../../../../renderer/features/gateways/gateway-doctor.ts';
import { staleMeters } from '../../../../renderer/features/gateways/stale-meters.ts';

const NOW = Date.parse('2026-07-25T12:00:00Z');
const meter = (over: Partial<GatewayView['meters'][number]> = {}): GatewayView['meters'][number] => ({
  id: 'a1b2c3d4-0000-0000-0000-000000000001',
  name: 'Whg 1',
  secondaryAddress: '12345678',
  state: 0,
  stateName: 'LastReadoutOk',
  lastValueDate: '2026-07-25T11:59:00Z',
  stale: false,
  ...over,
});
const gateway = (over: Partial<GatewayView> = {}): GatewayView => ({
  id: 'gw',
  name: 'Haus 1',
  serialNumber: '1',
  state: 0,
  stateName: 'LastReadoutOk',
  readoutInterval: 4,
  readoutIntervalName: 'Intervall_15min',
  readoutIntervalSeconds: 900,
  lastSeen: '2026-07-25T11:58:00Z',
  meters: [meter()],
  ...over,
});
const kinds = (g: GatewayView) => gatewayDoctor(g, NOW).map((h) => h.kind);

describe('the gateway doctor', () => {
  it('is quiet about a healthy gateway', () => {
    expect(gatewayDoctor(gateway(), NOW)).toEqual([]);
  });

  it('says an interval is shorter than reading every meter takes (3 s each)', () => {
    const g = gateway({
      readoutIntervalSeconds: 10,
      readoutInterval: 1,
      meters: Array.from({ length: 10 }, () => meter()),
    });
    expect(gatewayDoctor(g, NOW)).toEqual([
      { kind: 'tooShort', severity: 'error', count: 10, intervalSeconds: 10, neededSeconds: 30 },
      { kind: 'belowRecommended', severity: 'warn', count: 10, recommendedSeconds: 100, suggestion: 3 },
    ]);
  });

  it('recommends 10 s per meter and suggests the next interval that fits', () => {
    const g = gateway({ readoutIntervalSeconds: 60, meters: Array.from({ length: 9 }, () => meter()) });
    expect(gatewayDoctor(g, NOW)).toEqual([
      { kind: 'belowRecommended', severity: 'warn', count: 9, recommendedSeconds: 90, suggestion: 3 },
    ]);
  });

  it('names meters without a device, failed readouts, search errors and a gateway gone quiet', () => {
    const g = gateway({
      stateName: 'TooManySearchErrors',
      lastSeen: '2026-07-25T09:00:00Z',
      meters: [
        meter({ id: '00000000-0000-0000-0000-000000000000' }),
        meter({ stateName: 'CRCError' }),
        meter({ stateName: 'LastReadoutFailed' }),
      ],
    });
    expect(kinds(g)).toEqual(['withoutDevice', 'failing', 'searchErrors', 'quiet']);
  });

  it('suggests a search when there are no meters', () => {
    expect(kinds(gateway({ meters: [] }))).toEqual(['noMeters']);
  });
});

describe('the stale meters table', () => {
  it('lists stale meters of every gateway, never-seen first, then the longest silent', () => {
    const rows = staleMeters(
      [
        gateway({
          id: 'g1',
          meters: [meter({ name: 'old', stale: true, lastValueDate: '2026-07-20T12:00:00Z' }), meter()],
        }),
        gateway({
          id: 'g2',
          meters: [
            meter({ name: 'older', stale: true, lastValueDate: '2026-07-10T12:00:00Z' }),
            meter({ name: 'never', stale: true, lastValueDate: null }),
          ],
        }),
      ],
      NOW,
    );
    expect(rows.map((r) => [r.gatewayId, r.meter.name, r.ageMs])).toEqual([
      ['g2', 'never', null],
      ['g2', 'older', 15 * 86_400_000],
      ['g1', 'old', 5 * 86_400_000],
    ]);
  });
});
