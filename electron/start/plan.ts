/**
 * What `npm start` does: the desktop window where Electron runs, else the app in the browser.
 * Kept free of processes and network so that every branch is tested (tests/start/plan.test.ts).
 */

export type BrowserReason = 'asked' | 'downloadSkipped' | 'downloadFailed' | 'cannotRun' | 'noDisplay';

export type StartPlan =
  { kind: 'electron'; downloaded: boolean } | { kind: 'browser'; reason: BrowserReason; detail?: string };

export type DownloadResult = { ok: true } | { ok: false; detail: string };

/** The facts and actions the choice depends on; the real ones are in electron-binary.ts. */
export interface ElectronProbe {
  /** The binary of the installed `electron` package is on disk. */
  isInstalled(): boolean;
  /** Fetches the binary (Electron's own install script). */
  download(): Promise<DownloadResult>;
  /** The binary starts on this system (an old Windows refuses to load it). */
  canRun(): Promise<boolean>;
}

export interface StartContext {
  /** `--browser` on the command line. */
  browserAsked: boolean;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
}

/** Linux without X11 or Wayland has nowhere to show a window; other systems always have a desktop. */
export function hasDisplay(platform: NodeJS.Platform, env: Record<string, string | undefined>): boolean {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export async function chooseStart(context: StartContext, probe: ElectronProbe): Promise<StartPlan> {
  if (context.browserAsked) return { kind: 'browser', reason: 'asked' };
  if (!hasDisplay(context.platform, context.env)) return { kind: 'browser', reason: 'noDisplay' };
  let downloaded = false;
  if (!probe.isInstalled()) {
    // The same switch Electron's own install script honours: whoever set it does not want the download.
    if (context.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { kind: 'browser', reason: 'downloadSkipped' };
    const result = await probe.download();
    if (!result.ok) return { kind: 'browser', reason: 'downloadFailed', detail: result.detail };
    if (!probe.isInstalled()) return { kind: 'browser', reason: 'downloadFailed', detail: '' };
    downloaded = true;
  }
  if (!(await probe.canRun())) return { kind: 'browser', reason: 'cannotRun' };
  return { kind: 'electron', downloaded };
}
