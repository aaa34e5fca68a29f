import type { Route } from '../http/router.ts';
import { actionRoutes } from './actions-routes.ts';
import { deviceRoutes } from './devices-routes.ts';
import { mbusRoutes } from './mbus-routes.ts';
import { partnerRoutes } from './partner-routes.ts';
import { realtimeRoutes } from './realtime-routes.ts';
import { userRoutes } from './user-routes.ts';
import { valuesRoutes } from './values-routes.ts';

/** Every REST route of the simulated cloud (OAuth paths are mounted separately). */
export const allRoutes: readonly Route[] = [
  ...deviceRoutes,
  ...valuesRoutes,
  ...actionRoutes,
  ...mbusRoutes,
  ...realtimeRoutes,
  ...userRoutes,
  ...partnerRoutes,
];
