import { BRIDGE_GLOBAL, type ContractBridge } from '../../shared/contract/bridge.ts';
import {
  createSocketClient,
  type SocketLike,
  type SocketState,
} from '../../shared/contract/socket-client.ts';

const TOKEN_KEY = 'meterscope.token';

/** Where the renderer runs, and how it reaches main. */
export type Transport =
  | { kind: 'electron'; bridge: ContractBridge }
  | { kind: 'web'; bridge: ContractBridge }
  | { kind: 'missing-token' };

/**
 * Picks the Electron preload bridge when it exists, else the browser host's WebSocket. The web token comes
 * from the URL fragment the host printed; it is then removed from the address bar (so it is not shared by a
 * copied link or a screenshot) and kept in sessionStorage so a reload of the tab still works.
 */
export function pickTransport(win: Window, onState: (state: SocketState) => void): Transport {
  const bridge = (win as unknown as Record<string, ContractBridge | undefined>)[BRIDGE_GLOBAL];
  if (bridge) return { kind: 'electron', bridge };
  const fromHash = new URLSearchParams(win.location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    win.sessionStorage.setItem(TOKEN_KEY, fromHash);
    win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}`);
  }
  const token = fromHash ?? win.sessionStorage.getItem(TOKEN_KEY);
  if (!token) return { kind: 'missing-token' };
  const scheme = win.location.protocol === 'https:' ? 'wss' : 'ws';
  const url = `${scheme}://${win.location.host}/contract?token=${encodeURIComponent(token)}`;
  return {
    kind: 'web',
    bridge: createSocketClient({
      url,
      onState,
      // The DOM's handler types are stricter than the structural SocketLike; the shapes match at runtime.
      connect: (address) => new WebSocket(address) as unknown as SocketLike,
      schedule: (callback, ms) => void win.setTimeout(callback, ms),
    }),
  };
}
