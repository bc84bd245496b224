/**
 * The only bridge between the page and the main process. It exposes
 * `window.care`: one named method per channel from the contract's channel
 * list, each passing exactly one argument. No generic invoke, no ipcRenderer,
 * no Node. Built as CommonJS: sandboxed preloads cannot be ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildCareApi } from '../../shared/ipc/build-api';
import type { Result } from '../../shared/errors';

/**
 * Every method resolves with a Result, as the contract promises: if the call
 * cannot even be sent (an argument that cannot be cloned, main gone), the page
 * gets the same `ipc.unreachable` failure the browser bridge uses.
 */
const api = buildCareApi((channel, arg) =>
  (ipcRenderer.invoke(channel, arg) as Promise<Result<unknown>>).catch((): Result<unknown> => ({
    ok: false,
    error: { code: 'ipc.unreachable', message: '' },
  })),
);

contextBridge.exposeInMainWorld('care', api);
