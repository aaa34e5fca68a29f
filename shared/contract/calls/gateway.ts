import { z } from 'zod';
import { defineCall } from '../define.ts';
import { GatewayViewSchema } from './fleet.ts';

const gatewayId = z.string().trim().min(1).max(100);

/** `gateway:get`: one gateway again (e.g. to follow a running bus search). */
export const gatewayGetCall = defineCall({
  summary: 'One M-Bus gateway with its meters, fresh from the cloud',
  request: z.object({ id: gatewayId }),
  response: GatewayViewSchema,
});

/** `gateway:search`: starts a bus search; answers the gateway as it is right after (SearchInProgress). */
export const gatewaySearchCall = defineCall({
  summary: 'Start an M-Bus search on a gateway (changes the gateway: the view confirms first)',
  request: z.object({ id: gatewayId }),
  response: GatewayViewSchema,
});

/** `gateway:setInterval`: changes how often the gateway reads its meters; keeps its name and settings. */
export const gatewaySetIntervalCall = defineCall({
  summary: "Change a gateway's readout interval (0 = 2 s … 9 = 24 h); the view confirms first",
  request: z.object({ id: gatewayId, readoutInterval: z.int().min(0).max(9) }),
  response: GatewayViewSchema,
});
