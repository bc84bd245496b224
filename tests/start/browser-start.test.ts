import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The data folder's held lock files (`.lock-<generation>`); none once the app has let go. */
function lockFiles(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  const released = (name: string): boolean => {
    try {
      return (
        (JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as { released?: boolean }).released === true
      );
    } catch {
      return false; // unreadable: counted as held, as the store counts it
    }
  };
  return readdirSync(dataDir).filter((name) => /^\.lock(-\d+)?$/.test(name) && !released(name));
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const made: string[] = [];
beforeAll(async () => {
  // Other tests read out/ in parallel; a build here would empty it under them. Build only if missing.
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
    const code = await new Promise<number | null>((resolve) => {
      const build = spawn(
        process.execPath,
        [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
        {
          cwd: ROOT,
          stdio: 'ignore',
        },
      );
      build.on('close', resolve);
    });
    expect(code).toBe(0);
  }
}, 180_000);
afterAll(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Resolves with the first match of `pattern` in the growing output, or rejects when the process ends first. */
function waitFor(
  read: () => string,
  done: Promise<number | null>,
  pattern: RegExp,
): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = read().match(pattern);
      if (match) {
        clearInterval(timer);
        resolve(match);
      }
    }, 100);
    void done.then((code) => {
      clearInterval(timer);
      reject(new Error(`npm start ended (${String(code)}) before ${String(pattern)}:\n${read()}`));
    });
  });
}

describe('npm start without a usable Electron', () => {
  it('serves the app to the browser on the default data folder, says why, and stops on request', async () => {
    const home = await mkdtemp(join(tmpdir(), 'care-start-home-'));
    made.push(home);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/start/start.ts', '--no-open', '--no-build', '--lang', 'en'],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          // The default data folder is under the home folder: a temporary one here.
          HOME: home,
          DISPLAY: ':99',
          // No download, and no binary even on a machine that has one: the fallback, whatever the machine.
          ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
          ELECTRON_OVERRIDE_DIST_PATH: join(home, 'no-electron'),
        },
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

    const [, url] = await waitFor(() => output, exited, /running in the browser: (\S+)/);
    expect(output).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
    expect(output).toContain('ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/');
    const dataDir = join(home, '.config', 'Township Care', 'data');
    expect(output).toContain(`Data folder: ${dataDir}`);

    const page = await fetch(url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(lockFiles(dataDir)).not.toEqual([]);
    // It is the app itself for its users: it takes the start-up backup the desktop window takes.
    expect(readdirSync(join(dataDir, 'backups')).some((name) => name.includes('-start'))).toBe(true);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Stopped cleanly: the data folder is released for the next start.
    expect(lockFiles(dataDir)).toEqual([]);
  }, 180_000);
});
