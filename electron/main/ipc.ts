import { ipcMain } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';
import type { Result } from '../../shared/errors';
import { translate } from '../../shared/i18n/translate';
import { dispatch } from '../core/ipc/dispatch';
import type { DispatchContext } from '../core/ipc/dispatch';
import type { HandlerTable } from '../core/ipc/handlers';
import { isTrustedSender } from '../core/security/origin';
import type { AppOrigin } from '../core/security/origin';

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is answered
 * only for our own page in the top frame; then the shared dispatch validates
 * the argument and maps errors. `handlers` is read per call because
 * restoring a backup rebuilds it.
 */
export function registerIpc(handlers: () => HandlerTable, appOrigin: AppOrigin, ctx: DispatchContext): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, arg: unknown): Promise<Result<unknown>> => {
      const frame = event.senderFrame;
      const isMainFrame = frame !== null && frame === event.sender.mainFrame;
      if (!isTrustedSender(frame?.url, isMainFrame, appOrigin)) {
        ctx.log.warn('ipc: call from untrusted frame refused', { channel, url: frame?.url.slice(0, 200) });
        return {
          ok: false,
          error: { code: 'ipc.forbidden', message: translate(ctx.language(), 'ipc.forbidden') },
        };
      }
      return dispatch(handlers(), channel, arg, ctx);
    });
  }
}
