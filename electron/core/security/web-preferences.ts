/**
 * The BrowserWindow webPreferences the app uses, as plain data so that tests
 * can check every value without loading Electron. Shape matches Electron's
 * `WebPreferences` for these keys.
 */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: false;
  /** Middle-click would open links in new windows; no use for it. */
  disableBlinkFeatures: 'Auxclick';
  devTools: boolean;
}

export function secureWebPreferences(
  preloadPath: string,
  options: { devTools: boolean },
): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
    devTools: options.devTools,
  };
}
