/**
 * The only bridge between the page and the main process. It exposes
 * `window.care`: one named method per contract channel, each passing exactly
 * one argument. No generic invoke, no ipcRenderer, no Node. Built as CommonJS:
 * sandboxed preloads cannot be ES modules. The channel names come from
 * `virtual:care-channels`, computed from the contract at build time, so the
 * preload carries the names without zod or any schema.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from 'virtual:care-channels';
import { careApiFromList } from '../../shared/ipc/api-from-list';
import type { Result } from '../../shared/errors';

/**
 * Every method resolves with a Result, as the contract promises: if the call
 * cannot even be sent (an argument that cannot be cloned, main gone), the page
 * gets the same `ipc.unreachable` failure the browser bridge uses.
 */
const api = careApiFromList(CHANNELS, (channel, arg) =>
  (ipcRenderer.invoke(channel, arg) as Promise<Result<unknown>>).catch((): Result<unknown> => ({
    ok: false,
    error: { code: 'ipc.unreachable', message: '' },
  })),
);

contextBridge.exposeInMainWorld('care', api);
