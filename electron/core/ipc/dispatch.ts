import type { Result } from '../../../shared/errors';
import { contract } from '../../../shared/ipc/contract';
import { isChannel } from '../../../shared/ipc/channels';
import type { Channel } from '../../../shared/ipc/channels';
import type { Language } from '../../../shared/i18n/types';
import { translate } from '../../../shared/i18n/translate';
import type { Logger } from '../log';
import { decideAccess } from './authorize';
import type { Caller } from './authorize';
import type { HandlerTable } from './handler-table';
import { fieldIssuesFromZod, toWireError, translateOr, validationWireError } from './wire-error';

export interface DispatchContext {
  /** Language for error messages, read per call (the user may switch). */
  language: () => Language;
  log: Logger;
  /**
   * Who is calling, read per call (the session's signed-in user; the channel
   * lets the session tell activity from the renderer's own polling for the
   * idle lock). Without it the one local operator holds every permission
   * (LOCAL_OPERATOR): only for tests of dispatch itself.
   */
  caller?: (channel: Channel) => Caller;
}

/** The one operator of the PC before accounts: every permission, as before roles existed. */
export const LOCAL_OPERATOR: Caller = { user: { role: 'admin' }, hasAccounts: true };

/** Makes sure the answer survives structured clone / JSON (no functions, classes or cycles leak). */
function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * safeParse, except that zod itself can throw on hostile shapes (e.g. a value
 * with a `length` property that has no primitive value reaches a length
 * check): such an argument is refused like any invalid one.
 */
function parseArgument(channel: Channel, rawArg: unknown) {
  try {
    return contract[channel].input.safeParse(rawArg);
  } catch {
    return 'crashed' as const;
  }
}

function safeLanguage(ctx: DispatchContext): Language {
  try {
    return ctx.language();
  } catch {
    return 'zh-CN';
  }
}

/**
 * The one entry point for every call from a renderer, used by `ipcMain.handle`
 * and by the browser preview server alike: unknown channel → error; the
 * channel's permission checked; argument parsed with the channel's schema;
 * errors mapped and translated. Never throws.
 */
export async function dispatch(
  handlers: HandlerTable,
  channel: unknown,
  rawArg: unknown,
  ctx: DispatchContext,
): Promise<Result<unknown>> {
  const language = safeLanguage(ctx);
  try {
    if (!isChannel(channel)) {
      const name = typeof channel === 'string' ? channel.slice(0, 80) : typeof channel;
      ctx.log.warn('ipc: unknown channel refused', { channel: name });
      return {
        ok: false,
        error: {
          code: 'ipc.unknownChannel',
          message: translate(language, 'ipc.unknownChannel', { channel: name }),
        },
      };
    }
    const access = decideAccess(
      contract[channel].permission,
      ctx.caller ? ctx.caller(channel) : LOCAL_OPERATOR,
    );
    if (access !== 'allowed') {
      ctx.log.warn('ipc: call without the needed permission refused', { channel, access });
      const message = translateOr(language, access, {}, 'ipc.internal');
      return { ok: false, error: { code: access, message } };
    }
    const parsed = parseArgument(channel, rawArg);
    if (parsed === 'crashed') {
      ctx.log.warn('ipc: argument the schema could not even inspect refused', { channel });
      return {
        ok: false,
        error: validationWireError(language, [{ path: '', code: 'ipc.argument.invalid' }]),
      };
    }
    if (!parsed.success) {
      ctx.log.warn('ipc: invalid argument refused', { channel, issues: parsed.error.issues.length });
      return { ok: false, error: validationWireError(language, fieldIssuesFromZod(parsed.error)) };
    }
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value: plain(value) };
  } catch (error) {
    const wire = toWireError(error, language);
    if (wire.code === 'ipc.internal') ctx.log.error(`ipc: ${String(channel)} failed unexpectedly`, error);
    return { ok: false, error: wire };
  }
}
