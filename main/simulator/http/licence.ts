import type { Licence } from '../world/types.ts';
import { SimHttpError } from './reply.ts';

const RANK: Record<Licence, number> = { basic: 0, professional: 1, goldpartner: 2 };

const WHY: Record<Licence, string> = {
  basic: '',
  professional:
    'This call needs a smart-me Professional licence (history and OAuth apps are Professional features).',
  goldpartner:
    'This call needs a smart-me Goldpartner licence (partner endpoints are for Goldpartners only).',
};

/**
 * Licence gate: Goldpartner includes Professional, which includes Basic. A missing licence is a 403
 * with a sentence a technician can act on (which licence, and why).
 */
export function requireLicence(has: Licence, needs: Licence | undefined): void {
  if (needs && RANK[has] < RANK[needs]) {
    throw new SimHttpError(403, 'licence-required', `${WHY[needs]} This account has a ${has} licence.`);
  }
}
