import type { DeviceDataItem, DeviceValue } from '../../shared/realtime/types.ts';

/**
 * A decoded item with the device and time of the vendor's Realtime-API example (GUID 3bd0fce9-…, 2019-10-16
 * in 100 ns ticks), carrying the `values` a test needs: one realistic item instead of a copy in every test.
 */
export function vendorItem(values: DeviceValue[]): DeviceDataItem {
  return {
    deviceId: '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
    dateTime: '2019-10-16T12:20:44.9788512Z',
    dateTimeTicks: '15712284449788512',
    dateTimeScale: 'TICKS',
    dateTimeKind: 'UNSPECIFIED',
    values,
  };
}
