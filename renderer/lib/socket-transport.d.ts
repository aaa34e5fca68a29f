import type { ContractBridge } from '../../shared/contract/bridge.ts';
/** The connection's state, shown as a banner when it is not `open`. */
export type SocketState = 'connecting' | 'open' | 'closed';
/** Options of the browser host's transport. */
export interface SocketTransportOptions {
  /** e.g. `ws://127.0.0.1:43121/contract?token=…` */
  url: string;
  onState?(state: SocketState): void;
  /** Delay before reconnect attempt `n` (1-based); default 250 ms doubling up to 5 s. */
  backoff?(attempt: number): number;
  /** Opens a socket; the browser's WebSocket by default (tests pass another implementation). */
  connect?(url: string): WebSocket;
}
/**
 * The contract over the browser host's WebSocket, with the same shape as the Electron preload bridge. Calls
 * made while the socket is down wait for it to come back; calls in flight when it drops answer
 * `disconnected` (never hang). It reconnects by itself, so restarting `meterscope web` heals open tabs.
 */
export declare function createSocketTransport(options: SocketTransportOptions): ContractBridge & {
  close(): void;
};
