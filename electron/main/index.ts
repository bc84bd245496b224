/**
 * Electron main process: thin glue. Everything that decides something lives
 * in electron/core (security policies, dispatch, services, store) and is
 * tested without Electron; this file only wires it to Electron's objects.
 */
import path from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { pickLanguage } from '../../shared/i18n/types';
import type { Language } from '../../shared/i18n/types';
import { isCareError } from '../../shared/errors';
import { translate } from '../../shared/i18n/translate';
import { resolveDataDir } from '../core/paths';
import { createFileLogger } from '../core/log';
import { appOriginFromUrl } from '../core/security/origin';
import { APP_ENTRY_URL } from '../core/security/app-protocol';
import { openSession, startDailyBackups } from '../core/ipc/session';
import type { Session } from '../core/ipc/session';
import { registerAppScheme, serveRendererOnAppScheme } from './app-protocol';
import { backupDialogs } from './backup-dialogs';
import { installSecurityGuards } from './guards';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { menuLabel } from './menu-text';
import { createMainWindow, windowStateSaved } from './window';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
// A build is served on app://township-care/ from out/renderer, never from file://.
const entryUrl = devServerUrl ?? APP_ENTRY_URL;
const rendererDir = path.join(import.meta.dirname, '../renderer');
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');
const userDataDir = app.getPath('userData');
const logDir = path.join(userDataDir, 'logs');
const log = createFileLogger(path.join(logDir, 'main.log'), { echo: !app.isPackaged });
const dataDir = resolveDataDir(userDataDir);

let mainWindow: BrowserWindow | null = null;
let session: Session | null = null;

function showWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function menuFor(language: Language): void {
  installMenu({ language, dataDir, logDir, devTools: !app.isPackaged, window: () => mainWindow });
}

async function start(): Promise<void> {
  const appOrigin = appOriginFromUrl(entryUrl);
  installSecurityGuards(appOrigin, devServerUrl, log);
  if (!devServerUrl) serveRendererOnAppScheme(rendererDir, log);
  const systemLanguage = pickLanguage(app.getPreferredSystemLanguages());
  log.info('starting', { version: app.getVersion(), dataDir });

  try {
    session = await openSession({
      dataDir,
      version: app.getVersion(),
      systemLanguage,
      log,
      dailyBackup: true,
      onLanguageChange: menuFor,
      backupDialogs: backupDialogs(
        () => mainWindow,
        () => session?.languages.current() ?? systemLanguage,
      ),
    });
  } catch (error) {
    // The store could not be opened at all (e.g. another copy holds the data folder lock).
    log.error('could not open the data folder', error);
    const message = isCareError(error)
      ? translate(systemLanguage, error.code, error.params)
      : translate(systemLanguage, 'ipc.internal');
    dialog.showErrorBox(menuLabel(systemLanguage, 'appName'), `${message}\n\n${dataDir}`);
    app.exit(1);
    return;
  }
  const opened = session;
  registerIpc(() => opened.handlers, appOrigin, opened.dispatchContext);
  startDailyBackups(opened.store, log);
  menuFor(opened.languages.current());

  mainWindow = await createMainWindow({
    entryUrl,
    preloadPath,
    userDataDir,
    devTools: !app.isPackaged,
    title: menuLabel(opened.languages.current(), 'appName'),
    log,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// Every renderer sandboxed, whatever a window's own options say.
app.enableSandbox();
// Must happen before the app is ready.
registerAppScheme();
// Windows groups taskbar entries and shortcuts by this id; it matches electron-builder's appId.
if (process.platform === 'win32') app.setAppUserModelId('cn.townshipcare.app');

// One running copy per computer: the data folder has a single writer.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showWindow);
  app.on('window-all-closed', () => app.quit());

  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    // Finish the window-state write and release the data-folder lock before exiting.
    void Promise.allSettled([windowStateSaved(), session?.close()])
      .then(() => log.info('stopped'))
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('startup failed', error);
      app.exit(1);
    });
}

process.on('uncaughtException', (error) => log.error('uncaught exception', error));
process.on('unhandledRejection', (reason) => log.error('unhandled rejection', reason));
