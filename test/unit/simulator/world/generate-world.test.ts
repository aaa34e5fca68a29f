import { describe, expect, it } from 'vitest';
import { deviceJson, generateWorld } from '../../../../main/simulator/index.ts';

const T0 = Date.UTC(2026, 6, 25, 12);
const snapshot = (seed: number | string) => {
  const world = generateWorld(seed, { meters: 20, gateways: 3 }, T0);
  return {
    devices: [...world.devices.values()].map((d) => deviceJson(d, world.seed, T0)),
    gateways: [...world.gateways.values()],
  };
};

describe('generateWorld', () => {
  it('gives the same fleet for the same seed and a different one for another seed', () => {
    expect(snapshot(42)).toEqual(snapshot(42));
    expect(snapshot('hello')).toEqual(snapshot('hello'));
    expect(snapshot(43).devices.map((d) => d.Id)).not.toEqual(snapshot(42).devices.map((d) => d.Id));
  });

  it('makes exactly the requested demo fleet, with unique ids and serials', () => {
    const world = generateWorld(1, { meters: 30, gateways: 4, metersPerGateway: 25 }, T0);
    const demo = [...world.devices.values()].filter((d) => d.accountId === 1001);
    expect(demo.filter((d) => !d.gatewayId && d.kind !== 'gateway')).toHaveLength(30);
    expect(world.gateways.size).toBe(4);
    for (const g of world.gateways.values()) expect(g.meters).toHaveLength(25);
    const all = [...world.devices.values()];
    expect(new Set(all.map((d) => d.serial)).size).toBe(all.length);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
  });

  it('keeps the other accounts unchanged whatever the demo fleet size', () => {
    const others = (meters: number) =>
      [...generateWorld(5, { meters, gateways: 2 }, T0).devices.values()]
        .filter((d) => d.accountId !== 1001)
        .map((d) => deviceJson(d, 5, T0));
    expect(others(3)).toEqual(others(60));
  });
});
