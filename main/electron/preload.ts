import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  type ContractBridge,
} from '../../shared/contract/bridge.ts';
import type { Envelope } from '../../shared/contract/envelope.ts';

// The sandboxed preload: exposes exactly the contract (invoke + on) as window.meterscope, never ipcRenderer.
const listeners = new Map<string, Set<(payload: unknown) => void>>();

ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const bridge: ContractBridge = {
  invoke: (name, payload) =>
    ipcRenderer.invoke(IPC_INVOKE_CHANNEL, String(name), payload) as Promise<Envelope<unknown>>,
  on(name, listener) {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const key = String(name);
    const set = listeners.get(key) ?? new Set();
    set.add(listener);
    listeners.set(key, set);
    return () => void set.delete(listener);
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
