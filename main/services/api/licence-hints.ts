/** The smart-me licences that unlock parts of the API (smartme-api.md §5). */
export type Licence = 'professional' | 'goldpartner';

const PARTNER = /^\/(partner\/|partneralldevice|signuppartner|updatefirmwarepartner)/i;
const PROFESSIONAL = /^\/(valuesinpastmultiple|oauth\/applications)/i;

/**
 * Which licence an endpoint needs beyond Basic, so a 403 can say "needs a Professional licence" instead of a bare
 * "forbidden", and a UI can warn before the call. `path` is relative to the base URL, with or without `/api`.
 */
export function licenceFor(path: string): Licence | undefined {
  const p = path.replace(/^\/api(?=\/)/i, '');
  if (PARTNER.test(p)) return 'goldpartner';
  if (PROFESSIONAL.test(p)) return 'professional';
  return undefined;
}

/** The sentence a technician reads after a 403 on `path`: what is missing and where to get it. */
export function licenceHint(path: string): string {
  switch (licenceFor(path)) {
    case 'professional':
      return 'This needs a smart-me Professional licence (history with several values, OAuth apps). Upgrade the account in the smart-me portal, or use an account that has one.';
    case 'goldpartner':
      return 'This needs a smart-me Goldpartner licence (partner endpoints for customer accounts). Log in with the partner account.';
    default:
      return 'The account, API key or token lacks the permission (claim) or licence for this. Check the API key or OAuth app permissions in the smart-me portal.';
  }
}
