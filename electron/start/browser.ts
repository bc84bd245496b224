import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultUserDataDir, resolveDataDir } from '../core/paths';
import { startPreviewServer } from '../preview/server';
import type { PreviewServer } from '../preview/server';
import type { Language } from '../../shared/i18n/types';
import { hasDisplay } from './plan';
import { openInBrowser } from './open-browser';

export interface BrowserStartOptions {
  /** The project folder (holds package.json and the built app in out/). */
  root: string;
  language: Language;
  env: Record<string, string | undefined>;
  /** 0: any free port. */
  port: number;
  /** Open the default browser on the address. */
  open: boolean;
  say: (line: string) => void;
  t: (key: string, params?: Record<string, string | number>) => string;
}

/**
 * Serves the built app with its real core on 127.0.0.1, on the same data folder the desktop app
 * would use (`CARE_DATA_DIR`, else the user-data folder), and points the default browser at it.
 */
export async function startInBrowser(options: BrowserStartOptions): Promise<PreviewServer> {
  const { root, env, t, say } = options;
  const dataDir = resolveDataDir(defaultUserDataDir(), env);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const server = await startPreviewServer({
    dataDir,
    rendererDir: path.join(root, 'out', 'renderer'),
    port: options.port,
    version: pkg.version,
    language: options.language,
    // This is the app itself for its users, so it keeps the backups the desktop window keeps.
    backups: true,
  });
  say(t('started', { url: server.url }));
  say(t('dataDir', { dataDir }));
  if (options.open && hasDisplay(process.platform, env)) openInBrowser(server.url);
  say(t('openYourself'));
  say(t('keepOpen'));
  return server;
}
