import { describe, expect, it } from 'vitest';
import { licenceFor, licenceHint } from '../../../main/services/api/licence-hints.ts';

describe('licence hints', () => {
  it('knows which endpoints need which licence', () => {
    expect(licenceFor('/ValuesInPastMultiple/abc?interval=0')).toBe('professional');
    expect(licenceFor('/api/valuesinpastmultipleinterpolated/abc')).toBe('professional');
    expect(licenceFor('/PartnerAllDevices')).toBe('goldpartner');
    expect(licenceFor('/partner/user')).toBe('goldpartner');
    expect(licenceFor('/SignUpPartner')).toBe('goldpartner');
    expect(licenceFor('/UpdateFirmwarePartner')).toBe('goldpartner');
    expect(licenceFor('/Devices')).toBeUndefined();
    expect(licenceFor('/ValuesInPast/abc')).toBeUndefined();
  });

  it('names the licence in the hint', () => {
    expect(licenceHint('/ValuesInPastMultiple/x')).toContain('Professional');
    expect(licenceHint('/PartnerAllDevices')).toContain('Goldpartner');
    expect(licenceHint('/Devices')).toContain('permission');
  });
});
