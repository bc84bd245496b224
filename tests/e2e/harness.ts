/**
 * End-to-end harness: the built renderer, served by the real browser preview
 * server (same handler table and validation as Electron's ipcMain), driven in
 * Chromium. Every test gets its own temporary data folder and browser context;
 * each test file shares one browser. Nothing here sleeps for a fixed time:
 * callers wait on roles, text and `data-testid`s.
 */
import { cp, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { pickLanguage } from '../../shared/i18n/types';
import type { Language } from '../../shared/i18n/types';
import { translate } from '../../shared/i18n/translate';
import { API_PREFIX, TOKEN_HEADER } from '../../shared/ipc/wire';
import { startPreviewServer } from '../../electron/preview/server';
import type { PreviewServer } from '../../electron/preview/server';
import type { Logger } from '../../electron/core/log';
import { DEMO_ACCOUNTS } from '../../electron/core/demo/users';
import { TEST_HASH_COST } from '../auth/helpers';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = path.join(ROOT, 'out', 'renderer');

/** A system locale as the operating system reports it; the app maps it to one of its languages. */
export type SystemLocale = 'zh-CN' | 'en-US';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** One browser and one copy of the built renderer, shared by the tests of a file. */
export interface Suite {
  browser: Browser;
  rendererDir: string;
  close(): Promise<void>;
}

/**
 * Copies out/renderer first, so that a rebuild running at the same time (the
 * build empties the folder) cannot pull the pages from under a test.
 */
export async function openSuite(): Promise<Suite> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` before the e2e tests');
  }
  const copyDir = await mkdtemp(path.join(tmpdir(), 'care-e2e-renderer-'));
  await cp(RENDERER_DIR, copyDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    rendererDir: copyDir,
    async close() {
      await browser.close();
      await rm(copyDir, { recursive: true, force: true });
    },
  };
}

/** Keeps the test output readable; the lines are kept for a failing test to show. */
export function quietLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (message: string, detail?: unknown) => {
    lines.push(
      `${level}: ${message}${detail === undefined ? '' : ` ${detail instanceof Error ? detail.message : JSON.stringify(detail)}`}`,
    );
  };
  return { lines, info: keep('info'), warn: keep('warn'), error: keep('error') };
}

export function languageOf(locale: SystemLocale): Language {
  return pickLanguage([locale]);
}

/** `namespace:key` in the given language, from the same catalogues the app uses. */
export function tr(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const text = translate(language, key, params, 'common');
  // translate() answers the key itself when a message is missing; a test must not compare against that.
  if (text === key || text === key.split(':').at(-1)) throw new Error(`no message for ${key} in ${language}`);
  return text;
}

export interface ApiAnswer {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string; fields?: unknown } };
}

export interface AppSession {
  readonly dataDir: string;
  readonly locale: SystemLocale;
  readonly language: Language;
  readonly page: Page;
  readonly context: BrowserContext;
  server(): PreviewServer;
  /** Loads the app and waits until the first real screen (setup, sign-in or the frame) is shown. */
  open(): Promise<void>;
  /** POST /api/<channel> from Node with the page's token, as the renderer does. */
  api(channel: string, arg?: unknown): Promise<ApiAnswer>;
  /**
   * Signs the preview session in as the test administrator (created on a fresh
   * folder), as the sign-in screen would; the harness does it on every start
   * unless the test asked for `signedOut`.
   */
  signIn(): Promise<void>;
  /** Closes the server (releasing the data folder's lock), runs `between`, starts it again and reloads. */
  restartServer(between?: () => Promise<void>): Promise<void>;
  readCore(): Promise<CoreOnDisk>;
  auditEntryCount(): Promise<number>;
  close(): Promise<void>;
}

/** The part of `<data>/core.json` the tests look at. */
export interface CoreOnDisk {
  center: null | {
    name: string;
    phone: string;
    beds: { residential: number; dayCare: number; nursing: number };
  };
  settings: { language?: string | null };
}

export interface SessionOptions {
  locale: SystemLocale;
  /** Start from an existing folder (and do not delete it at the end). */
  dataDir?: string;
  viewport?: { width: number; height: number };
  /** Start signed out (first-run and sign-in tests); otherwise the test administrator is signed in. */
  signedOut?: boolean;
}

/** The administrator every e2e folder gets, unless the test starts signed out. */
export const E2E_ADMIN = { username: 'e2e-admin', displayName: '测试管理员', password: 'Window-Garden-2718' };

/**
 * Signs a preview server's session in through its API, as the page would:
 * creates the test administrator on a folder without accounts, else signs in
 * as the test administrator or, in a demo folder, as the demo administrator.
 * Does nothing when no account can be used (a damaged folder stays signed out).
 */
export async function signInThroughApi(
  api: (channel: string, arg?: unknown) => Promise<ApiAnswer>,
  extraAccounts: readonly { username: string; password: string }[] = [],
): Promise<boolean> {
  const state = await api('auth.state');
  const value = state.body.value as { hasAccounts: boolean; user: unknown } | undefined;
  if (!value) return false;
  if (value.user) return true;
  if (!value.hasAccounts) {
    const created = await api('auth.createFirstAdmin', { ...E2E_ADMIN, passwordAgain: E2E_ADMIN.password });
    return created.body.ok;
  }
  for (const account of [E2E_ADMIN, ...extraAccounts]) {
    const signedIn = await api('auth.signIn', { username: account.username, password: account.password });
    if (signedIn.body.ok) return true;
  }
  return false;
}

async function startServer(rendererDir: string, dataDir: string, language: Language): Promise<PreviewServer> {
  return startPreviewServer({ dataDir, rendererDir, language, log: quietLogger(), hashCost: TEST_HASH_COST });
}

/**
 * A fresh data folder, a preview server whose "system language" follows the
 * given locale (as Electron's app.getLocale() would), and a browser context
 * with the same locale.
 */
export async function startSession(suite: Suite, options: SessionOptions): Promise<AppSession> {
  const ownsFolder = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'care-e2e-')));
  const language = languageOf(options.locale);
  let server = await startServer(suite.rendererDir, dataDir, language);
  const signedOut = options.signedOut ?? false;
  const context = await suite.browser.newContext({
    locale: options.locale,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    timezoneId: 'Asia/Shanghai',
    // As a center PC with Windows' animations off: dialogs and menus open and close at once, so a
    // loaded test machine never waits on an animation that has not finished (use-reduced-motion.ts).
    reducedMotion: 'reduce',
  });
  // Fail within seconds when something never appears, instead of Playwright's 30 s default.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const consoleLines: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      consoleLines.push(`${message.type()}: ${message.text()}`);
  });

  const open = async (): Promise<void> => {
    await page.goto(server.url);
    try {
      await page
        .locator('[data-testid="setup-page"], [data-testid="sign-in-page"], [data-testid="sidebar"]')
        .first()
        .waitFor();
    } catch (error) {
      // Say what the page shows instead (spinner, start-up error, blank), to make a failure readable.
      const shown = (
        await page
          .locator('body')
          .innerText()
          .catch(() => '')
      ).slice(0, 400);
      throw new Error(
        `the app did not open: ${String(error)}\npage text: ${JSON.stringify(shown)}\nconsole: ${consoleLines.join(' | ')}\npage errors: ${pageErrors.join(' | ')}`,
        { cause: error },
      );
    }
  };

  const api = async (channel: string, arg?: unknown): Promise<ApiAnswer> => {
    const response = await fetch(`${server.origin}${API_PREFIX}${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token },
      body: JSON.stringify(arg === undefined ? {} : { arg }),
    });
    return { status: response.status, body: (await response.json()) as ApiAnswer['body'] };
  };

  const signIn = async (): Promise<void> => {
    await signInThroughApi(api, DEMO_ACCOUNTS);
  };
  if (!signedOut) await signIn();

  return {
    dataDir,
    locale: options.locale,
    language,
    page,
    context,
    server: () => server,
    open,
    api,
    signIn,
    async restartServer(between) {
      await server.close();
      await between?.();
      server = await startServer(suite.rendererDir, dataDir, language);
      if (!signedOut) await signIn();
      await open();
    },
    readCore: () => readCaughtUpCore(dataDir),
    auditEntryCount: () => countAuditEntries(dataDir),
    async close() {
      await context.close();
      await server.close();
      if (ownsFolder) await rm(dataDir, { recursive: true, force: true });
      if (pageErrors.length > 0) throw new Error(`uncaught errors in the page: ${pageErrors.join(' | ')}`);
    },
  };
}

/** The seq of the last logged change to core.json, 0 when none. */
async function lastCoreChangeSeq(dataDir: string): Promise<number> {
  const dir = path.join(dataDir, 'audit');
  if (!existsSync(dir)) return 0;
  let last = 0;
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.jsonl')) continue;
    for (const line of (await readFile(path.join(dir, name), 'utf8')).split('\n')) {
      if (line.trim() === '') continue;
      const entry = JSON.parse(line) as { seq: number; changes: { file: string }[] };
      if (entry.changes.some((change) => change.file === 'core.json')) last = Math.max(last, entry.seq);
    }
  }
  return last;
}

/**
 * core.json once it holds every logged change: the store rewrites it a moment
 * after the last change (the change itself is durable in the log at once).
 */
async function readCaughtUpCore(dataDir: string): Promise<CoreOnDisk> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const core = JSON.parse(await readFile(path.join(dataDir, 'core.json'), 'utf8')) as CoreOnDisk & {
      appliedSeq: number;
    };
    if (core.appliedSeq >= (await lastCoreChangeSeq(dataDir)) || Date.now() > deadline) return core;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Lines in every `<data>/audit/*.jsonl` (each line is one committed change). */
export async function countAuditEntries(dataDir: string): Promise<number> {
  const dir = path.join(dataDir, 'audit');
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.jsonl')) continue;
    const file = path.join(dir, name);
    if ((await stat(file)).size === 0) continue;
    count += (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim() !== '').length;
  }
  return count;
}

/** A valid center in the user's language, for the forms and the API. */
export function sampleCenter(language: Language) {
  return language === 'zh-CN'
    ? {
        name: '青山镇养老服务中心',
        county: '平山县',
        township: '青山镇',
        licenceNumber: '冀民养备 2024-017',
        contactPerson: '王秀兰',
        phone: '13812345678',
        address: '青山镇东村幸福路 8 号',
        beds: { residential: 40, nursing: 12, dayCare: 20 },
      }
    : {
        name: 'Qingshan Township Care Center',
        county: 'Pingshan County',
        township: 'Qingshan',
        licenceNumber: 'HB-2024-017',
        contactPerson: 'Wang Xiulan',
        phone: '0311-82345678',
        address: '8 Xingfu Road, Dongcun Village',
        beds: { residential: 40, nursing: 12, dayCare: 20 },
      };
}

export type CenterInput = ReturnType<typeof sampleCenter>;

/** Types a center into the (setup or settings) form; bed counts replace what is there. */
export async function fillCenterForm(page: Page, center: CenterInput): Promise<void> {
  const text = ['name', 'county', 'township', 'licenceNumber', 'contactPerson', 'phone', 'address'] as const;
  for (const field of text) await page.getByTestId(`center-field-${field}`).fill(center[field]);
  for (const [key, value] of Object.entries(center.beds)) {
    await page.getByTestId(`center-field-beds-${key}`).fill(String(value));
  }
}

/** Sets up a center through the API (for tests whose subject is something else). */
export async function setUpCenter(
  session: AppSession,
  center: CenterInput = sampleCenter(session.language),
): Promise<void> {
  const answer = await session.api('center.save', center);
  if (!answer.body.ok) throw new Error(`center.save failed: ${JSON.stringify(answer.body)}`);
}

/** Picks an option of an antd Select by its visible text. */
export async function chooseOption(page: Page, selectTestId: string, optionText: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionText }).click();
}

// Waiting helpers. Vitest's expect does not retry, so every check of the page
// first waits for the state it expects (Playwright's own auto-waiting).

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits until the element is visible. */
export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible' });
  return locator;
}

/** Waits until no such element is in the page. */
export async function gone(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'detached' });
}

/** Waits until the element's whole text is `text` (whitespace-trimmed), or matches the pattern. */
export async function hasText(locator: Locator, text: string | RegExp): Promise<void> {
  const pattern = typeof text === 'string' ? new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`) : text;
  await locator.filter({ hasText: pattern }).first().waitFor({ state: 'visible' });
}

/** Waits until the element's text contains `text`. */
export async function containsText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ state: 'visible' });
}
