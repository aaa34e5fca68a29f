import type { Route } from '../http/router.ts';
import { deviceRoutes } from './devices-routes.ts';
import { userRoutes } from './user-routes.ts';

/** Every REST route of the simulated cloud (OAuth paths are mounted separately). */
export const allRoutes: readonly Route[] = [...deviceRoutes, ...userRoutes];
