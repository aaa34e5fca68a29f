import type { ContractBridge } from './bridge.ts';
import { errorEnvelope, PLUMBING_ERROR_CODES, type Envelope } from './envelope.ts';
import { decodeSocketMessage, encodeSocketMessage, type SocketMessage } from './socket-protocol.ts';

/** The connection's state, shown as a banner when it is not `open`. */
export type SocketState = 'connecting' | 'open' | 'closed';

/** The part of a WebSocket the client uses: the browser's, or the `ws` package's in tests. */
export interface SocketLike {
  readonly readyState: number;
  send(text: string): void;
  close(): void;
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: (() => void) | null;
}

/** Options of the browser host's transport. */
export interface SocketClientOptions {
  /** e.g. `ws://127.0.0.1:43121/contract?token=…` */
  url: string;
  onState?(state: SocketState): void;
  /** Delay before reconnect attempt `n` (1-based); default 250 ms doubling up to 5 s. */
  backoff?(attempt: number): number;
  /** Opens a socket (the renderer passes the browser's WebSocket). */
  connect(url: string): SocketLike;
  /** Runs `callback` after `ms` (setTimeout): a port, as shared/ has no timers of its own. */
  schedule(callback: () => void, ms: number): void;
}

/** WebSocket.OPEN, spelled out so the module does not need a global WebSocket to load. */
const OPEN = 1;

/**
 * The contract over the browser host's WebSocket, with the same shape as the Electron preload bridge. Calls
 * made while the socket is down wait for it to come back; calls in flight when it drops answer
 * `disconnected` (never hang). It reconnects by itself, so restarting `meterscope web` heals open tabs.
 */
export function createSocketClient(options: SocketClientOptions): ContractBridge & { close(): void } {
  const backoff = options.backoff ?? ((n: number) => Math.min(5000, 250 * 2 ** (n - 1)));
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const inFlight = new Map<number, (envelope: Envelope<unknown>) => void>();
  let queued: string[] = [];
  let socket: SocketLike | undefined;
  let nextId = 1;
  let attempts = 0;
  let stopped = false;

  const open = (): void => {
    options.onState?.('connecting');
    const ws = options.connect(options.url);
    socket = ws;
    ws.onopen = () => {
      attempts = 0;
      options.onState?.('open');
      for (const text of queued) ws.send(text);
      queued = [];
    };
    ws.onmessage = (event) => {
      let message: SocketMessage;
      try {
        message = decodeSocketMessage(String(event.data)) as SocketMessage;
      } catch {
        return;
      }
      if (message.type === 'result') {
        inFlight.get(message.id)?.(message.envelope);
        inFlight.delete(message.id);
      } else if (message.type === 'event') {
        for (const listener of listeners.get(message.name) ?? []) listener(message.payload);
      }
    };
    ws.onclose = () => {
      socket = undefined;
      options.onState?.('closed');
      const lost = errorEnvelope(
        PLUMBING_ERROR_CODES.disconnected,
        'The connection to Meterscope was lost. It reconnects by itself; try again in a moment.',
      );
      for (const resolve of inFlight.values()) resolve(lost);
      inFlight.clear();
      attempts += 1;
      if (!stopped) options.schedule(open, backoff(attempts));
    };
  };
  open();

  return {
    invoke(name, payload) {
      const id = nextId++;
      const text = encodeSocketMessage({ type: 'call', id, name, payload });
      return new Promise((resolve) => {
        inFlight.set(id, resolve);
        if (socket?.readyState === OPEN) socket.send(text);
        else queued.push(text);
      });
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => void set.delete(listener);
    },
    close() {
      stopped = true;
      socket?.close();
    },
  };
}
