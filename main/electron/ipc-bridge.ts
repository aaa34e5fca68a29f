import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/contract/bridge.ts';
import { contract } from '../../shared/contract/contract.ts';
import type { App } from '../app.ts';
import { createHandlers } from '../ipc/create-handlers.ts';
import { isTrustedIpcSender } from './security-policy.ts';

/** The windows allowed to call main: added when created, removed when closed. */
export type KnownWindows = Set<number>;

/**
 * Registers the contract on Electron IPC: one invoke channel for every call (the wrapper validates the name
 * and input), with the sender checked against the known windows, their main frame and the app origin.
 */
export function registerContractIpc(
  core: App,
  known: KnownWindows,
  onInternalError: (e: unknown) => void,
): void {
  const handlers = createHandlers(contract, core.services, {
    isTrustedSender: (event: IpcMainInvokeEvent) =>
      isTrustedIpcSender(
        {
          webContentsId: event.sender.id,
          frameUrl: event.senderFrame?.url,
          isMainFrame: event.senderFrame !== null && event.senderFrame.parent === null,
        },
        known,
      ),
    onInternalError,
  });
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, name: unknown, payload: unknown) =>
    handlers.handle(event, typeof name === 'string' ? name : '', payload),
  );
}

/** Sends the contract's events to a window until it closes. */
export function forwardEvents(core: App, window: BrowserWindow, known: KnownWindows): void {
  const id = window.webContents.id;
  known.add(id);
  const unsubscribe = core.events.subscribe((name, payload) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, name, payload);
  });
  window.once('closed', () => {
    unsubscribe();
    known.delete(id);
  });
}
