import type { User } from '../../../shared/api/index.ts';
import { json } from '../http/reply.ts';
import type { Route } from '../http/router.ts';
import type { SimAccount } from '../world/types.ts';

/** Claims each licence grants (the smart-me scope names), shown as the user's Permissions. */
const PERMISSIONS: Record<SimAccount['licence'], string[]> = {
  basic: ['user.read', 'device.read', 'device.readswitch', 'realtimeapi.readwrite'],
  professional: [
    'user.readwrite',
    'device.readwrite',
    'auditlog.read',
    'realtimeapi.readwrite',
    'oauthapp.write',
  ],
  goldpartner: [
    'user.readwrite',
    'device.readwrite',
    'realtimeapi.readwrite',
    'partner.read',
    'partner.write',
    'partner.updatefirmware',
  ],
};

/** A simulated account as the API's `User` object. */
export function userJson(account: SimAccount): User {
  return {
    Id: account.id,
    IdAsString: String(account.id),
    Username: account.username,
    Email: account.email,
    IsAdmin: account.isAdmin,
    Permissions: PERMISSIONS[account.licence],
    ChildUsers: [],
  };
}

/** GET /User: who the credentials belong to. */
export const userRoutes: Route[] = [
  { pattern: '/user', methods: { GET: (req) => json(userJson(req.caller.account)) } },
];
