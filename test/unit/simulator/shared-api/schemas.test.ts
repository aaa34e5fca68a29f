import { describe, expect, it } from 'vitest';
import {
  DeviceSchema,
  MBusGatewaySchema,
  MBusGatewayStateName,
  MBusReadoutIntervalSeconds,
  MBusReadoutIntervall,
  MeterFamilyTypeName,
  UploadInterval,
  UploadIntervalSeconds,
  UserSchema,
  enumName,
  meterFamilyLabel,
} from '../../../../shared/api/index.ts';

describe('enum names', () => {
  it('name known integers and keep unknown ones visible', () => {
    expect(enumName(MBusGatewayStateName, 1)).toBe('SearchInProgress');
    expect(enumName(MBusGatewayStateName, 9)).toBe('Unknown (9)');
    expect(enumName(MeterFamilyTypeName, 12)).toBe('MeterFamilyTypeSmartMe3PhaseTelstar80AWiFi');
    expect(meterFamilyLabel(4)).toBe('M-Bus Gateway V1');
    expect(meterFamilyLabel(undefined)).toBe('Unknown');
  });

  it('give seconds for every readout and upload interval', () => {
    for (const v of Object.values(MBusReadoutIntervall))
      expect(MBusReadoutIntervalSeconds[v]).toBeGreaterThan(0);
    for (const v of Object.values(UploadInterval)) expect(UploadIntervalSeconds[v]).toBeGreaterThan(0);
    expect(MBusReadoutIntervalSeconds[MBusReadoutIntervall.Intervall_15min]).toBe(900);
  });
});

describe('response schemas', () => {
  it('need only Id and Serial, tolerate nulls and keep unknown fields', () => {
    const device = DeviceSchema.parse({ Id: 'a', Serial: 1, Name: null, NewField: 7 });
    expect(device).toEqual({ Id: 'a', Serial: 1, Name: null, NewField: 7 });
    expect(DeviceSchema.safeParse({ Id: 'a' }).success).toBe(false);
    expect(DeviceSchema.safeParse({ Id: 'a', Serial: 1, ActivePower: 'high' }).success).toBe(false);
  });

  it('parse nested lists (gateway meters, child users) with the same leniency', () => {
    const gateway = MBusGatewaySchema.parse({ Meters: [{ Id: 'x', State: 3, Extra: true }] });
    expect(gateway.Meters?.[0]).toEqual({ Id: 'x', State: 3, Extra: true });
    const user = UserSchema.parse({ Id: 1, ChildUsers: [{ Id: 2, ChildUsers: [] }] });
    expect(user.ChildUsers?.[0]?.Id).toBe(2);
  });
});
