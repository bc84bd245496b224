import path from 'node:path';
import os from 'node:os';

/** The product name Electron uses for `app.getPath('userData')`; keep in sync with package.json. */
export const PRODUCT_NAME = 'Township Care';

export interface PlatformInfo {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
}

function currentPlatform(): PlatformInfo {
  return { platform: process.platform, env: process.env, homedir: os.homedir() };
}

/**
 * Where Electron puts `userData` for our product name, computed without
 * Electron so that the command line finds the same folder as the app:
 * Windows `%APPDATA%\Township Care`, macOS `~/Library/Application Support/Township Care`,
 * Linux `$XDG_CONFIG_HOME/Township Care` (default `~/.config`).
 */
export function defaultUserDataDir(info: PlatformInfo = currentPlatform()): string {
  const { platform, env, homedir } = info;
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming');
    return path.win32.join(appData, PRODUCT_NAME);
  }
  if (platform === 'darwin') {
    return path.posix.join(homedir, 'Library', 'Application Support', PRODUCT_NAME);
  }
  const config = env.XDG_CONFIG_HOME || path.posix.join(homedir, '.config');
  return path.posix.join(config, PRODUCT_NAME);
}

/** Default data folder: `<userData>/data`. */
export function defaultDataDir(info: PlatformInfo = currentPlatform()): string {
  const flavour = info.platform === 'win32' ? path.win32 : path.posix;
  return flavour.join(defaultUserDataDir(info), 'data');
}

/** The data folder actually used: `CARE_DATA_DIR` wins, else `<userData>/data`. */
export function resolveDataDir(
  userDataDir: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const fromEnv = env.CARE_DATA_DIR?.trim();
  return fromEnv ? path.resolve(fromEnv) : path.join(userDataDir, 'data');
}
