import type { SimAccount } from './types.ts';

/** Account ids of the built-in accounts (tests and the UI's demo mode refer to them). */
export const ACCOUNT_IDS = { demo: 1001, basic: 1002, partner: 1003 } as const;

/** Ids of the Goldpartner's customer accounts. */
export const CUSTOMER_IDS = [2001, 2002, 2003] as const;

/**
 * The built-in accounts, one per licence: `demo` (Professional, owns the generated fleet), `basic`
 * (Basic: history and partner endpoints refused) and `partner` (Goldpartner with three customers).
 * Passwords equal user names: this is a local demo, never a real cloud.
 */
export function builtInAccounts(): SimAccount[] {
  const customers: SimAccount[] = CUSTOMER_IDS.map((id, i) => ({
    id,
    username: `customer${i + 1}`,
    password: `customer${i + 1}`,
    email: `customer${i + 1}@example.com`,
    licence: 'basic',
    isAdmin: false,
    partnerId: ACCOUNT_IDS.partner,
  }));
  return [
    {
      id: ACCOUNT_IDS.demo,
      username: 'demo',
      password: 'demo',
      email: 'demo@example.com',
      apiKey: 'demo',
      licence: 'professional',
      isAdmin: true,
    },
    {
      id: ACCOUNT_IDS.basic,
      username: 'basic',
      password: 'basic',
      email: 'basic@example.com',
      apiKey: 'basic',
      licence: 'basic',
      isAdmin: false,
    },
    {
      id: ACCOUNT_IDS.partner,
      username: 'partner',
      password: 'partner',
      email: 'partner@example.com',
      apiKey: 'partner',
      licence: 'goldpartner',
      isAdmin: true,
    },
    ...customers,
  ];
}
