import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../electron/core/security/web-preferences';

describe('BrowserWindow webPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs', { devTools: false });

  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews, insecure content and experiments off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the CommonJS preload and only enables devtools when asked', () => {
    expect(prefs.preload.endsWith('.cjs')).toBe(true);
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });
});
