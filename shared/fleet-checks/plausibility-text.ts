import type { PLAUSIBILITY_TEXTS } from './fleet-texts.ts';
import type { PlausibilityHint } from './plausibility.ts';

/** A key of the plausibility sentences. */
export type PlausibilityKey = keyof (typeof PLAUSIBILITY_TEXTS)['en'];

/** How a caller translates and formats: its own catalog (holding PLAUSIBILITY_TEXTS) and number/date style. */
export interface HintWords {
  t(key: PlausibilityKey, vars: Record<string, string>): string;
  number(value: number): string;
  date(iso: string): string;
}

/**
 * One plausibility finding as a sentence. One function for the Inspector and the site report, so a hint
 * reads the same on screen and on paper, in the caller's language and number style.
 */
export function plausibilityText(h: PlausibilityHint, w: HintWords): string {
  const n = w.number;
  switch (h.kind) {
    case 'voltageLow':
    case 'voltageHigh':
    case 'voltageMissing':
      return w.t(`hint.${h.kind}`, { phase: h.phase, value: n(h.value) });
    case 'negativeCounter':
    case 'powerFactor':
      return w.t(`hint.${h.kind}`, { name: h.name, code: h.code, value: n(h.value) });
    case 'counterFell':
      return w.t('hint.counterFell', { date: w.date(h.date), from: n(h.from), to: n(h.to) });
    case 'tariffSum':
      return w.t('hint.tariffSum', {
        name: h.name,
        code: h.code,
        total: n(h.total),
        sum: n(h.sum),
        count: String(h.count),
      });
  }
}
