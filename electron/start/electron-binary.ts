import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DownloadResult, ElectronProbe } from './plan';

const require = createRequire(import.meta.url);

/** Where Electron's own install script fetches from unless told otherwise. */
export const DEFAULT_ELECTRON_MIRROR = 'https://github.com/electron/electron/releases/download/';
/** Long enough for ~100 MB over a slow township line; an unreachable host fails long before. */
const DOWNLOAD_TIMEOUT_MS = 30 * 60_000;
/** A host that drops packets would otherwise hold the start for the system's connect timeout (minutes). */
const REACHABLE_TIMEOUT_MS = 10_000;

type Env = Record<string, string | undefined>;

export function electronPackageDir(): string {
  return path.dirname(require.resolve('electron/package.json'));
}

/**
 * The mirror Electron's download (@electron/get) will use, in its own order: npm config
 * (`electron_mirror` in an .npmrc), the package's config, then `ELECTRON_MIRROR`.
 */
export function electronMirror(env: Env): string {
  return (
    env.npm_config_electron_mirror ||
    env.NPM_CONFIG_ELECTRON_MIRROR ||
    env.npm_package_config_electron_mirror ||
    env.ELECTRON_MIRROR ||
    DEFAULT_ELECTRON_MIRROR
  );
}

/**
 * The binary's path when the `electron` package in `dir` has its binary, judged as Electron's
 * install script judges it (dist/version equal to the package version, path.txt naming a file
 * that exists); else null.
 */
export function installedElectronBinary(dir: string, env: Env): string | null {
  try {
    const relative = readFileSync(path.join(dir, 'path.txt'), 'utf8');
    if (env.ELECTRON_OVERRIDE_DIST_PATH) {
      const overridden = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative);
      return existsSync(overridden) ? overridden : null;
    }
    const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      version: string;
    };
    const installed = readFileSync(path.join(dir, 'dist', 'version'), 'utf8')
      .trim()
      .replace(/^v/, '');
    if (installed !== version) return null;
    const binary = path.join(dir, 'dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Any HTTP answer at all means the host can be reached; only the network failing counts. */
export async function isReachable(url: string, timeoutMs = REACHABLE_TIMEOUT_MS): Promise<boolean> {
  try {
    await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}

export interface ExitResult {
  /** null when the process could not start or was killed. */
  code: number | null;
  /** Killed for running past its time. */
  timedOut: boolean;
  /** The end of what the process wrote to stderr, when asked to keep it. */
  stderrTail: string;
}

/**
 * Runs a process to its end; after `timeoutMs` (if given) it is killed. A process that cannot
 * start counts as failed. stdout goes to the terminal or nowhere; stderr to the terminal or,
 * with 'keep', into `stderrTail` so that one readable line can be shown instead of a stack.
 */
export function runToEnd(
  command: string,
  args: string[],
  options: { env: Env; timeoutMs?: number; stdout: 'inherit' | 'ignore'; stderr: 'inherit' | 'keep' },
): Promise<ExitResult> {
  return new Promise((resolve) => {
    let tail = '';
    const child = spawn(command, args, {
      env: options.env,
      stdio: ['ignore', options.stdout, options.stderr === 'keep' ? 'pipe' : 'inherit'],
      windowsHide: true,
    });
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill();
          }, options.timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-4000);
    });
    const finish = (code: number | null, stderrTail: string) => {
      clearTimeout(timer);
      resolve({ code, timedOut, stderrTail });
    };
    child.on('error', (error) => finish(null, error.message));
    child.on('close', (code) => finish(code, tail));
  });
}

/** The first line that says what went wrong, without the stack trace under it. */
export function firstErrorLine(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((line) => line.trim());
  return lines.find((line) => /error/i.test(line) && !line.startsWith('at ')) ?? lines.find((l) => l) ?? '';
}

/** The host of an http(s) address, or null when it is not one. */
function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}

export interface ProbeHooks {
  /** Called before a download starts, with where it comes from. */
  onDownload(source: string): void;
  unreachable(host: string): string;
  timedOut(seconds: number): string;
}

/** The real probe: the installed `electron` package, its install script, and the binary itself. */
export function electronProbe(env: Env, hooks: ProbeHooks): ElectronProbe {
  const dir = electronPackageDir();
  return {
    isInstalled: () => installedElectronBinary(dir, env) !== null,
    async download(): Promise<DownloadResult> {
      const mirror = electronMirror(env);
      hooks.onDownload(mirror);
      // A mirror typed without its scheme (`npmmirror.com/…`) is no address at all: the download
      // could only fail, so it is unreachable, named as typed, and the start falls back at once.
      const host = hostOf(mirror);
      if (host === null) return { ok: false, detail: hooks.unreachable(mirror) };
      // Through a proxy the direct check would fail where the download itself succeeds.
      const viaProxy = Boolean(env.ELECTRON_GET_USE_PROXY || env.HTTPS_PROXY || env.https_proxy);
      if (!viaProxy && !(await isReachable(mirror))) return { ok: false, detail: hooks.unreachable(host) };
      // Electron's own install script: the same download, checksums, cache and unpacking as `npm install`.
      const result = await runToEnd(process.execPath, [path.join(dir, 'install.js')], {
        env,
        timeoutMs: DOWNLOAD_TIMEOUT_MS,
        stdout: 'inherit',
        stderr: 'keep',
      });
      if (result.code === 0) return { ok: true };
      if (result.timedOut) return { ok: false, detail: hooks.timedOut(DOWNLOAD_TIMEOUT_MS / 1000) };
      return { ok: false, detail: firstErrorLine(result.stderrTail) };
    },
    async canRun(): Promise<boolean> {
      const binary = installedElectronBinary(dir, env);
      if (!binary) return false;
      // As plain Node no window or display is involved: this only asks whether the system loads the binary.
      const result = await runToEnd(binary, ['-e', 'process.exit(0)'], {
        env: { ...env, ELECTRON_RUN_AS_NODE: '1' },
        timeoutMs: 60_000,
        stdout: 'ignore',
        stderr: 'keep',
      });
      return result.code === 0;
    },
  };
}
