import { BrowserWindow, screen } from 'electron';
import { secureWebPreferences } from '../core/security/web-preferences';
import type { SecureWebPreferences } from '../core/security/web-preferences';
import { loadWindowState, saveWindowState, windowStateFile, MIN_WINDOW } from '../core/app/window-state';
import type { Logger } from '../core/log';

export interface MainWindowOptions {
  entryUrl: string;
  preloadPath: string;
  userDataDir: string;
  devTools: boolean;
  title: string;
  log: Logger;
}

let pendingSave: Promise<void> = Promise.resolve();

/** Resolves when the last window-state write has finished (awaited before quitting). */
export function windowStateSaved(): Promise<void> {
  return pendingSave;
}

/** Creates the one main window, restoring where it was and remembering where it goes. */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const stateFile = windowStateFile(options.userDataDir);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = await loadWindowState(stateFile, workAreas);

  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
      // Restated so that static scanners (npm run audit:electron) can see them; the
      // SecureWebPreferences type makes any other value here a compile error.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
    } satisfies SecureWebPreferences,
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  // Remember the normal (un-maximized) bounds, written once when the window closes.
  win.on('close', () => {
    const bounds = win.getNormalBounds();
    pendingSave = saveWindowState(stateFile, { ...bounds, maximized: win.isMaximized() }).catch(
      (error: unknown) => options.log.warn('could not save window state', error),
    );
  });

  await win.loadURL(options.entryUrl);
  return win;
}
