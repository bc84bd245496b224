import { describe, expect, it } from 'vitest';
import { chooseStart, hasDisplay } from '../../electron/start/plan';
import type { DownloadResult, ElectronProbe } from '../../electron/start/plan';

/** A stand-in for the installed `electron` package: what is on disk, what a download does, whether it runs. */
function fakeProbe(state: { installed: boolean; download?: DownloadResult; runs?: boolean }) {
  const calls = { download: 0, canRun: 0 };
  const probe: ElectronProbe = {
    isInstalled: () => state.installed,
    download: () => {
      calls.download += 1;
      const result = state.download ?? { ok: false, detail: 'no download expected' };
      if (result.ok) state.installed = true;
      return Promise.resolve(result);
    },
    canRun: () => {
      calls.canRun += 1;
      return Promise.resolve(state.runs ?? true);
    },
  };
  return { probe, calls };
}

const desktop = { browserAsked: false, platform: 'win32' as const, env: {} };

describe('npm start chooses the desktop window or the browser', () => {
  it('opens the window when Electron is installed and runs, without downloading anything', async () => {
    const { probe, calls } = fakeProbe({ installed: true });
    expect(await chooseStart(desktop, probe)).toEqual({ kind: 'electron', downloaded: false });
    expect(calls).toEqual({ download: 0, canRun: 1 });
  });

  it('fetches the binary on the first start, then opens the window', async () => {
    const { probe, calls } = fakeProbe({ installed: false, download: { ok: true } });
    expect(await chooseStart(desktop, probe)).toEqual({ kind: 'electron', downloaded: true });
    expect(calls.download).toBe(1);
  });

  it('uses the browser, with the reason, when the download fails', async () => {
    const { probe, calls } = fakeProbe({
      installed: false,
      download: { ok: false, detail: 'github.com cannot be reached' },
    });
    expect(await chooseStart(desktop, probe)).toEqual({
      kind: 'browser',
      reason: 'downloadFailed',
      detail: 'github.com cannot be reached',
    });
    expect(calls.canRun).toBe(0);
  });

  it('does not try to download when ELECTRON_SKIP_BINARY_DOWNLOAD is set', async () => {
    const { probe, calls } = fakeProbe({ installed: false, download: { ok: true } });
    const plan = await chooseStart({ ...desktop, env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } }, probe);
    expect(plan).toEqual({ kind: 'browser', reason: 'downloadSkipped' });
    expect(calls.download).toBe(0);
  });

  it('uses the browser when the installed binary cannot run on this system (an old Windows)', async () => {
    const { probe } = fakeProbe({ installed: true, runs: false });
    expect(await chooseStart(desktop, probe)).toEqual({ kind: 'browser', reason: 'cannotRun' });
  });

  it('uses the browser on a Linux without a display, and when --browser is given', async () => {
    const { probe, calls } = fakeProbe({ installed: true });
    const linux = { browserAsked: false, platform: 'linux' as const, env: {} };
    expect(await chooseStart(linux, probe)).toEqual({ kind: 'browser', reason: 'noDisplay' });
    expect(await chooseStart({ ...desktop, browserAsked: true }, probe)).toEqual({
      kind: 'browser',
      reason: 'asked',
    });
    expect(calls).toEqual({ download: 0, canRun: 0 });
    const withX11 = { ...linux, env: { DISPLAY: ':0' } };
    expect(await chooseStart(withX11, probe)).toEqual({ kind: 'electron', downloaded: false });
  });

  it('knows which systems have a display', () => {
    expect(hasDisplay('win32', {})).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
  });
});
