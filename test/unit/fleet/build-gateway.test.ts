import { describe, expect, it } from 'vitest';
import { buildGateway, EMPTY_GUID } from '../../../main/services/fleet/build-gateway.ts';

const NOW = Date.parse('2026-07-25T12:00:00Z');

describe('buildGateway', () => {
  const dto = {
    Name: 'Haus 1',
    SerialNumber: '12345',
    LastSeen: '2026-07-25T11:59:00.0000000Z',
    ReadoutInterval: 1,
    State: 2,
    IsAddingMetersAllowed: true,
    Meters: [
      { Id: 'A', Name: 'Heat 1', SecondaryAddress: '12345678', State: 0 },
      { Id: 'b', Name: 'Water 2', SecondaryAddress: '87654321', State: 3 },
      { Id: EMPTY_GUID, Name: 'Phantom', State: 1 },
      { Name: 'No id', State: 7 },
    ],
  };
  const dates: Record<string, string> = {
    a: '2026-07-25T11:00:00.0000000Z',
    b: '2026-07-23T11:00:00.0000000Z',
  };
  const g = buildGateway('gw-1', dto, (id) => dates[id.toLowerCase()], NOW);

  it('names the enums and keeps the gateway fields', () => {
    expect(g).toMatchObject({
      Id: 'gw-1',
      Name: 'Haus 1',
      SerialNumber: '12345',
      StateName: 'FailedOnOneOrMoreMeter',
      ReadoutIntervalName: 'Intervall_10s',
      LastSeen: '2026-07-25T11:59:00.0000000Z',
    });
  });

  it("joins each meter with its device's last value date and derives stale", () => {
    expect(g.Meters[0]).toEqual({
      Id: 'A',
      Name: 'Heat 1',
      SecondaryAddress: '12345678',
      State: 0,
      StateName: 'LastReadoutOk',
      LastValueDate: dates.a,
      stale: false,
    });
    expect(g.Meters[1]).toMatchObject({ StateName: 'CRCError', LastValueDate: dates.b, stale: true });
  });

  it('shows meters smart-me has no device for as stale, without a date', () => {
    expect(g.Meters[2]).toMatchObject({
      Id: EMPTY_GUID,
      LastValueDate: null,
      stale: true,
      StateName: 'LastReadoutFailed',
    });
    expect(g.Meters[3]).toMatchObject({ Id: EMPTY_GUID, SecondaryAddress: null, StateName: 'Unknown (7)' });
  });

  it('survives a gateway answer with almost nothing in it', () => {
    expect(buildGateway('x', {}, () => undefined, NOW)).toEqual({
      Id: 'x',
      Name: null,
      SerialNumber: null,
      State: null,
      StateName: 'Unknown',
      ReadoutInterval: null,
      ReadoutIntervalName: 'Unknown',
      LastSeen: null,
      Meters: [],
    });
  });
});
