import { describe, expect, it } from 'vitest';
import {
  deviceLabel,
  matchDevices,
  pickDevice,
  PICKER_SUGGESTIONS,
} from '../../../../renderer/features/live/device-picker.ts';

const fleet = Array.from({ length: 10_000 }, (_, i) => ({
  id: `3bd0fce9-9f8e-4183-b3d1-${i.toString(16).padStart(12, '0')}`,
  name: i % 2 ? `Wohnung ${i}` : '',
  serial: String(70_000_000 + i),
}));

describe('the device picker of the Live registrations', () => {
  it('suggests at most 50 devices of a 10,000-meter account, matching every typed word', () => {
    expect(matchDevices(fleet, '')).toHaveLength(PICKER_SUGGESTIONS);
    expect(matchDevices(fleet, 'WOHNUNG 9999').map(deviceLabel)).toEqual(['Wohnung 9999 (70009999)']);
    expect(matchDevices(fleet, '70009999').map(deviceLabel)).toEqual(['Wohnung 9999 (70009999)']);
    expect(matchDevices(fleet, 'b3d1-000000000010')).toHaveLength(1);
    expect(matchDevices(fleet, 'nothing like it')).toEqual([]);
  });

  it('shows a device without a name by its serial', () => {
    expect(deviceLabel(fleet[0]!)).toBe('70000000 (70000000)');
  });

  it('picks the one device the text names by label, serial or ID, and nothing for a partial text', () => {
    expect(pickDevice(fleet, 'Wohnung 3 (70000003)')?.serial).toBe('70000003');
    expect(pickDevice(fleet, ' 70000004 ')?.serial).toBe('70000004');
    expect(pickDevice(fleet, fleet[5]!.id.toUpperCase())?.serial).toBe('70000005');
    expect(pickDevice(fleet, 'Wohnung 3')).toBeUndefined();
    expect(pickDevice(fleet, '')).toBeUndefined();
  });
});
