import type { AdditionalDeviceInformation } from '../../../shared/api/index.ts';
import type { SimDevice } from '../world/types.ts';

/**
 * GET /AdditionalDeviceInformation/{id}: firmware and network. M-Bus and pulse meters (FamilyType 0)
 * have no network of their own, so NetworkConnection and RSSI are left out for them.
 */
export function additionalInfoJson(device: SimDevice): AdditionalDeviceInformation {
  return {
    ID: device.id,
    HardwareVersion: device.hardwareVersion,
    FirmwareVersion: device.firmwareVersion,
    AdditionalMeterSerialNumber: device.additionalSerial,
    NetworkConnection: device.network,
    NetworkConnectionRSSI: device.rssi,
  };
}
