import type { Envelope } from './envelope.ts';

/**
 * What the Electron preload exposes to the renderer as `window.meterscope`: exactly the contract (one invoke
 * and one event subscription), never ipcRenderer itself, so a compromised page cannot send arbitrary IPC.
 */
export interface ContractBridge {
  /** Calls `name` in main; always resolves to an envelope. */
  invoke(name: string, payload: unknown): Promise<Envelope<unknown>>;
  /** Listens to event `name`; returns the function that stops listening. */
  on(name: string, listener: (payload: unknown) => void): () => void;
}

/** The global the preload defines (`window.meterscope`). */
export const BRIDGE_GLOBAL = 'meterscope';

/** The IPC channel calls travel on (renderer → main, `ipcRenderer.invoke`). */
export const IPC_INVOKE_CHANNEL = 'meterscope:invoke';

/** The IPC channel events travel on (main → renderer, `webContents.send`). */
export const IPC_EVENT_CHANNEL = 'meterscope:event';
