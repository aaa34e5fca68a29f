import type { SocketState } from '../../shared/contract/socket-client.ts';

/** How the renderer reaches main right now; the shell shows a banner when it is not `open`. */
export const connection = $state<{ state: SocketState | 'missing-token' }>({ state: 'connecting' });
