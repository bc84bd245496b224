import { z } from 'zod';
import type { Permission } from './permissions';

/**
 * A phantom marker carrying the result type of a channel. It holds no value:
 * results are produced by our own main process, so only their type matters.
 */
export interface Returns<T> {
  readonly __returns?: T;
}
export function returns<T>(): Returns<T> {
  return {};
}

/** Channels that take no argument: only `undefined` is accepted. */
export const none = z.undefined({ message: 'ipc.argument.unexpected' });

/** One channel: what it accepts, what it answers, and who may call it. */
export interface ChannelSpec {
  input: z.ZodType;
  output: Returns<unknown>;
  /** Checked by the dispatcher before the argument is even parsed. */
  permission: Permission;
}

/**
 * A feature's channels. Every name must start with `<feature>.`, so two
 * features can never declare the same channel and the preload's grouping
 * (`care.<feature>.<method>`) follows from the name alone.
 */
export function defineChannels<F extends string, T extends Record<string, ChannelSpec>>(
  _feature: F,
  channels: T & { [K in keyof T]: K extends `${F}.${string}` ? ChannelSpec : never },
): T {
  return channels;
}
