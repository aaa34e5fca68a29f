import { enumName, namesOf } from './enum-table.ts';

/** `FamilyType`: the hardware model of a device; decides which fields and outputs it has. */
export const MeterFamilyType = {
  MeterFamilyTypeUnknown: 0,
  MeterFamilyTypeSmartMeConnectV1: 1,
  MeterFamilyTypeSmartMe1PhaseWithoutSwitch: 2,
  MeterFamilyTypeSmartMe1PhaseWithSwitch: 3,
  MeterFamilyTypeMBusGatewayV1: 4,
  MeterFamilyTypeRS485GatewayV1: 5,
  MeterFamilyTypeKamstrupModule: 6,
  MeterFamilyTypeSmartMe3Phase80A: 7,
  MeterFamilyTypeSmartMe3Phase32AWithSwitch: 8,
  MeterFamilyTypeSmartMe3PhaseTransformerEdition: 9,
  MeterFamilyTypeLandisGyrModule: 10,
  MeterFamilyTypeFnnOpticalModule: 11,
  MeterFamilyTypeSmartMe3PhaseTelstar80AWiFi: 12,
  MeterFamilyTypeSmartMe3Phase80AMobile: 14,
  MeterFamilyTypeSmartMe1Phase80AWiFiV2: 16,
  MeterFamilyTypeSmartMe1Phase32AWiFiV2: 17,
  MeterFamilyTypeSmartMe1Phase80AGprs: 18,
  MeterFamilyTypeSmartMe1Phase32AGprs: 19,
  MeterFamilyTypeWirelessMBusGatewayV1: 20,
  MeterFamilyTypeSmartMe3PhaseTransformerEditionMobile: 21,
  MeterFamilyTypeSmartMe3PhaseNimbus: 65,
  MeterFamilyTypeMithralHallChargingStationV1: 70,
  MeterFamilyTypeRestApiMeter: 1001,
  MeterFamilyTypeVirtualBillingMeter: 1002,
} as const;

/** Member names of FamilyType integers (for JSON output and logs). */
export const MeterFamilyTypeName = namesOf(MeterFamilyType);

/** What a technician calls each family: the label printed on the box, not the enum member. */
export const MeterFamilyTypeLabel: Readonly<Record<number, string>> = Object.freeze({
  0: 'Unknown (M-Bus, S0 or other meter)',
  1: 'smart-me connect V1 (plug-in)',
  2: '1-phase DIN meter without switch',
  3: '1-phase DIN meter with switch',
  4: 'M-Bus Gateway V1',
  5: 'RS-485 Gateway V1',
  6: 'Kamstrup module',
  7: '3-phase 80 A',
  8: '3-phase 32 A with switch',
  9: '3-phase Transformer Edition',
  10: 'Landis+Gyr module',
  11: 'FNN optical module',
  12: '3-phase 80 A WiFi V2 (Telstar)',
  14: '3-phase 80 A Mobile',
  16: '1-phase 80 A WiFi V2',
  17: '1-phase 32 A WiFi V2',
  18: '1-phase 80 A GPRS',
  19: '1-phase 32 A GPRS',
  20: 'Wireless M-Bus Gateway V1',
  21: '3-phase Transformer Edition with mobile module',
  65: '3-phase Nimbus (3-point meter)',
  70: 'Mithral hall charging station V1',
  1001: 'REST API meter',
  1002: 'Virtual billing meter',
});

/** The human label of a family integer; unknown integers stay visible as `Unknown (n)`. */
export function meterFamilyLabel(value: number | null | undefined): string {
  return enumName(MeterFamilyTypeLabel, value);
}
