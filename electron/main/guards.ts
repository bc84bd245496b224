import { app, session } from 'electron';
import type { WebContents } from 'electron';
import { cspDevelopment, cspHeader } from '../core/security/csp';
import { isAllowedNavigation } from '../core/security/origin';
import type { AppOrigin } from '../core/security/origin';
import { isPermissionGranted, windowOpenDecision } from '../core/security/permissions';
import type { Logger } from '../core/log';

/**
 * Locks down every web contents the app ever creates: no navigation away from
 * our page, no new windows, no <webview>, no permissions, and the CSP header
 * on every response. Installed once, before the first window.
 */
export function installSecurityGuards(
  appOrigin: AppOrigin,
  devServerUrl: string | undefined,
  log: Logger,
): void {
  const policy = devServerUrl ? cspDevelopment(devServerUrl) : cspHeader();
  const ses = session.defaultSession;

  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isPermissionGranted(permission, details.requestingUrl);
    if (!granted) log.warn('permission request denied', { permission });
    callback(granted);
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );

  app.on('web-contents-created', (_event, contents: WebContents) => {
    const refuse = (event: { preventDefault(): void }, url: string) => {
      if (isAllowedNavigation(url, appOrigin)) return;
      event.preventDefault();
      log.warn('navigation blocked', { url: url.slice(0, 200) });
    };
    contents.on('will-navigate', (event) => refuse(event, event.url));
    contents.on('will-redirect', (event) => refuse(event, event.url));
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame) refuse(event, event.url);
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log.warn('webview blocked');
    });
    contents.setWindowOpenHandler(({ url }) => {
      log.warn('window.open blocked', { url: url.slice(0, 200) });
      return windowOpenDecision(url);
    });
  });
}
