import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_ELECTRON_MIRROR,
  electronMirror,
  electronProbe,
  firstErrorLine,
  installedElectronBinary,
} from '../../electron/start/electron-binary';
import { openCommand } from '../../electron/start/open-browser';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** An `electron` package folder as npm leaves it: without the binary, or with it as install.js unpacks it. */
async function electronPackage(withBinary: { distVersion: string } | null): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'care-electron-pkg-'));
  made.push(dir);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '41.7.1' }));
  if (withBinary) {
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'version'), withBinary.distVersion);
    await writeFile(join(dir, 'dist', 'electron'), '');
    await writeFile(join(dir, 'path.txt'), 'electron');
  }
  return dir;
}

/** A port nobody listens on: connecting is refused at once, like a host the network cannot reach. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("Electron's binary", () => {
  it('is found only where install.js would consider it installed', async () => {
    expect(installedElectronBinary(await electronPackage(null), {})).toBeNull();
    expect(installedElectronBinary(await electronPackage({ distVersion: 'v40.0.0' }), {})).toBeNull();
    const installed = await electronPackage({ distVersion: 'v41.7.1' });
    expect(installedElectronBinary(installed, {})).toBe(join(installed, 'dist', 'electron'));
    // ELECTRON_OVERRIDE_DIST_PATH moves the binary elsewhere; where it is not, there is none.
    expect(
      installedElectronBinary(installed, { ELECTRON_OVERRIDE_DIST_PATH: tmpdir() + '/none' }),
    ).toBeNull();
  });

  it('is fetched from the mirror @electron/get would use: npm config first, then ELECTRON_MIRROR', () => {
    expect(electronMirror({})).toBe(DEFAULT_ELECTRON_MIRROR);
    expect(electronMirror({ ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' })).toBe(
      'https://npmmirror.com/mirrors/electron/',
    );
    expect(electronMirror({ ELECTRON_MIRROR: 'https://a/', npm_config_electron_mirror: 'https://b/' })).toBe(
      'https://b/',
    );
  });

  it('download fails quickly and says which host, when the mirror cannot be reached', async () => {
    const port = await closedPort();
    const sources: string[] = [];
    const probe = electronProbe(
      {
        ELECTRON_MIRROR: `http://127.0.0.1:${port}/mirror/`,
        ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'none'),
      },
      {
        onDownload: (source) => sources.push(source),
        unreachable: (host) => `unreachable ${host}`,
        timedOut: (seconds) => `timed out ${seconds}`,
      },
    );
    const started = Date.now();
    expect(await probe.download()).toEqual({ ok: false, detail: `unreachable 127.0.0.1:${port}` });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(sources).toEqual([`http://127.0.0.1:${port}/mirror/`]);
    expect(probe.isInstalled()).toBe(false);
  });

  it('treats a mirror typed without its scheme as unreachable, naming it as typed', async () => {
    for (const mirror of ['npmmirror.com/mirrors/electron/', 'npmmirror.com:443/mirrors/electron/']) {
      const probe = electronProbe(
        { ELECTRON_MIRROR: mirror, ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'none') },
        {
          onDownload: () => undefined,
          unreachable: (host) => `unreachable ${host}`,
          timedOut: (seconds) => `timed out ${seconds}`,
        },
      );
      expect(await probe.download()).toEqual({ ok: false, detail: `unreachable ${mirror}` });
    }
  });

  it("reports install.js's error line, not its stack", () => {
    const stack =
      'RequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest.<anonymous> (x.js:1:1)\n';
    expect(firstErrorLine(stack)).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
  });
});

describe('the default browser', () => {
  it('is opened by the system’s own opener, the address passed as one argument', () => {
    const url = 'http://127.0.0.1:5174/?token=ab#/';
    expect(openCommand('win32', url)).toEqual({
      command: 'rundll32',
      args: ['url.dll,FileProtocolHandler', url],
    });
    expect(openCommand('darwin', url)).toEqual({ command: 'open', args: [url] });
    expect(openCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
  });
});
