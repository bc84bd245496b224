import type { z } from 'zod';
import type { Result } from '../errors';
import type { Channel } from './channels';
import type { Contract, Returns } from './contract';

/** Argument type of a channel (what the renderer passes; zod input side). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** Parsed argument type, as the handler receives it. */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
/** Result type of a channel. */
export type OutputOf<C extends Channel> = Contract[C]['output'] extends Returns<infer T> ? T : never;

type GroupOf<C extends string> = C extends `${infer G}.${string}` ? G : never;
type MethodOf<C extends string, G extends string> = C extends `${G}.${infer M}` ? M : never;

/** One method: no parameter for channels whose argument is `undefined`. */
type Method<C extends Channel> = [InputOf<C>] extends [undefined]
  ? () => Promise<Result<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;

/**
 * The API the renderer sees as `window.care`: channel `center.save` becomes
 * `care.center.save(input)`. Every call resolves (never rejects) with a Result.
 */
export type CareApi = {
  [G in GroupOf<Channel>]: {
    [M in MethodOf<Channel, G>]: Method<Extract<Channel, `${G}.${M}`>>;
  };
};
