import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../core/security/app-protocol';
import { respondToAppRequest } from '../core/security/app-protocol-response';
import type { Logger } from '../core/log';

/**
 * Declares app:// a standard, secure scheme that may use fetch. Electron only
 * accepts this before the app is ready, so it runs when this module's caller
 * loads, at the top of the main process.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/**
 * Serves the built renderer folder on app:// for the default session (after
 * ready). What may be read, and with which headers, is decided in
 * electron/core/security/app-protocol*.ts.
 */
export function serveRendererOnAppScheme(rendererDir: string, log: Logger): void {
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      const response = await respondToAppRequest({ url: request.url, method: request.method }, rendererDir);
      if (response.status !== 200)
        log.warn('app protocol: request refused', {
          status: response.status,
          url: request.url.slice(0, 200),
        });
      return response;
    } catch (error) {
      // A read failure other than "no such file" (permissions, a damaged install).
      log.error('app protocol: could not read a renderer file', error);
      return Response.error();
    }
  });
}
