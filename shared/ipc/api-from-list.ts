import type { Result } from '../errors';
import type { Channel } from './channels';
import type { CareApi } from './api';

/** Sends one call over some transport (ipcRenderer.invoke, or fetch in the browser preview). */
export type Transport = (channel: Channel, arg: unknown) => Promise<Result<unknown>>;

/**
 * Builds the grouped API object from a list of channel names. Each method
 * passes exactly one argument (or none) so nothing else can ride along.
 * Imports no value at all (types only), so the sandboxed preload can use it
 * without pulling in zod or the contract.
 */
export function careApiFromList(channels: readonly Channel[], transport: Transport): CareApi {
  const api: Record<string, Record<string, (arg?: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of channels) {
    const [group, method] = channel.split('.') as [string, string];
    const methods = (api[group] ??= {});
    methods[method] = (arg?: unknown) => transport(channel, arg);
  }
  for (const methods of Object.values(api)) Object.freeze(methods);
  return Object.freeze(api) as unknown as CareApi;
}
