import { formatSeconds } from './durations.ts';
import type { DOCTOR_TEXTS } from './fleet-texts.ts';
import { READOUT_INTERVALS, type DoctorHint } from './gateway-doctor.ts';

/** A key of the gateway doctor's sentences. */
export type DoctorKey = keyof (typeof DOCTOR_TEXTS)['en'] | 'doctor.quiet';

/** How a caller translates (its own catalog, holding DOCTOR_TEXTS and its `doctor.quiet`) and writes an age. */
export interface DoctorWords {
  t(key: DoctorKey, vars?: Record<string, string | number>): string;
  age(ms: number): string;
}

/**
 * One gateway-doctor finding as a sentence. One function for the Gateways view and the site report, so the
 * advice a customer reads is the advice the technician saw.
 */
export function doctorHintText(h: DoctorHint, w: DoctorWords): string {
  switch (h.kind) {
    case 'tooShort':
      return w.t('doctor.tooShort', {
        interval: formatSeconds(h.intervalSeconds),
        count: h.count,
        needed: formatSeconds(h.neededSeconds),
      });
    case 'belowRecommended': {
      const seconds = READOUT_INTERVALS.find((i) => i.value === h.suggestion)?.seconds ?? 0;
      return w.t('doctor.belowRecommended', {
        recommended: formatSeconds(h.recommendedSeconds),
        count: h.count,
        suggestion: formatSeconds(seconds),
      });
    }
    case 'quiet':
      return w.t('doctor.quiet', { age: w.age(h.ageMs) });
    case 'withoutDevice':
    case 'failing':
      return w.t(`doctor.${h.kind}`, { count: h.count });
    default:
      return w.t(`doctor.${h.kind}`);
  }
}
