/**
 * What the README screenshot scripts share: where the pictures go, how one is
 * taken, a session on a data folder with a fixed name, and how a script runs
 * and fails.
 */
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, openSuite, startSession } from './harness';
import type { AppSession, Suite, SystemLocale } from './harness';

export const SCREENSHOT_DIR = path.join(ROOT, 'resources', 'screenshots');

/** Fonts loaded, no animation half-way, then the picture. */
export async function shoot(page: Page, file: string): Promise<void> {
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  process.stdout.write(`${path.relative(ROOT, file)}\n`);
}

export interface FixedFolderOptions {
  locale: SystemLocale;
  viewport: { width: number; height: number };
  /** The temporary parent folder's name, one per script. */
  parentName: string;
  /** Start signed out, without the test administrator (the pictures then show the accounts they make). */
  signedOut?: boolean;
  /** Fills the data folder before the app opens it (the demo data, say). */
  prepare?: (dataDir: string) => Promise<void>;
}

/**
 * A session on `<tmp>/<parentName>/TownshipCare`, emptied before and removed
 * after. Settings shows the data folder: a plain, fixed name keeps the pictures
 * the same from run to run.
 */
export async function withFixedFolder(
  suite: Suite,
  options: FixedFolderOptions,
  run: (session: AppSession) => Promise<void>,
): Promise<void> {
  const parent = path.join(tmpdir(), options.parentName);
  const dataDir = path.join(parent, 'TownshipCare');
  await rm(parent, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await options.prepare?.(dataDir);
  const session = await startSession(suite, {
    locale: options.locale,
    viewport: options.viewport,
    dataDir,
    signedOut: options.signedOut ?? false,
  });
  try {
    await run(session);
  } finally {
    await session.close();
    await rm(parent, { recursive: true, force: true });
  }
}

/** Runs a screenshot script with one browser for all its pictures; a failure exits with code 1. */
export function runScreenshots(take: (suite: Suite) => Promise<void>): void {
  const main = async (): Promise<void> => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const suite = await openSuite();
    try {
      await take(suite);
    } finally {
      await suite.close();
    }
  };
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
