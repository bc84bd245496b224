import { contract } from './contract';
import type { Contract } from './contract';

/** Every channel name, derived from the contract (the name is written only there). */
export type Channel = keyof Contract;

/**
 * The channel list for the main process and the browser bridge. The sandboxed
 * preload cannot load zod (and so not the contract): it gets the same list
 * computed at build time, see `virtual:care-channels` in electron.vite.config.ts.
 */
export const CHANNELS = Object.freeze(Object.keys(contract) as Channel[]);

const channelSet: ReadonlySet<string> = new Set(CHANNELS);

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && channelSet.has(value);
}
