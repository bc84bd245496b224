/**
 * `npm start [-- --browser] [--lang zh-CN|en] [--port N] [--no-open] [--no-build]`
 * Opens the desktop window where Electron runs (fetching its binary on the first start, as
 * `npm ci` no longer runs install scripts); otherwise serves the app to the default browser on
 * the default data folder and says why, and how to get the window.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { languageFrom } from '../cli/messages';
import { translate } from '../../shared/i18n/translate';
import { isCareError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/types';
import { chooseStart } from './plan';
import { electronProbe, runToEnd } from './electron-binary';
import { startInBrowser } from './browser';
import { closeOnSignals } from '../preview/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const electronVite = path.join(
  path.dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
);

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Runs `electron-vite <command>` with the terminal attached; resolves with its exit code. */
async function electronViteRun(command: 'build' | 'preview'): Promise<number> {
  const result = await runToEnd(process.execPath, [electronVite, command], {
    env: process.env,
    stdout: 'inherit',
    stderr: 'inherit',
  });
  return result.code ?? 1;
}

async function main(
  language: Language,
  t: (key: string, params?: Record<string, string | number>) => string,
) {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string' },
      browser: { type: 'boolean', default: false },
      port: { type: 'string' },
      open: { type: 'boolean', default: true },
      // Serve the app as last built (tests run beside others that read out/ while a build empties it).
      build: { type: 'boolean', default: true },
    },
    allowNegative: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(t('badPort', { value: values.port ?? '' }));

  const plan = await chooseStart(
    { browserAsked: values.browser, platform: process.platform, env: process.env },
    electronProbe(process.env, {
      onDownload: (source) => say(t('downloading', { source })),
      unreachable: (host) => t('unreachable', { host }),
      timedOut: (seconds) => t('timedOut', { seconds }),
    }),
  );
  if (plan.kind === 'electron') process.exit(await electronViteRun('preview'));

  if (plan.reason === 'downloadFailed' && plan.detail) say(t('downloadFailed', { detail: plan.detail }));
  say(t(`why.${plan.reason}`));
  say(t('howTo'));
  if (values.build) {
    say(t('building'));
    if ((await electronViteRun('build')) !== 0) throw new Error(t('buildFailed'));
  }
  const server = await startInBrowser({ root, language, env: process.env, port, open: values.open, say, t });
  closeOnSignals(server);
}

const langFlag =
  process.argv.find((arg, i) => process.argv[i - 1] === '--lang') ??
  process.argv.find((a) => a.startsWith('--lang='))?.slice(7);
const chosen = languageFrom(langFlag, process.env);
const language: Language = chosen ?? 'zh-CN';
const t = (key: string, params: Record<string, string | number> = {}) =>
  translate(language, key, params, 'start');

if (chosen === null) {
  process.stderr.write(`${t('badLang')}\n`);
  process.exit(2);
}
main(language, t).catch((error: unknown) => {
  // Expected refusals (the data folder in use by the app, …) in words, not codes.
  const text = isCareError(error)
    ? translate(language, error.code, error.params)
    : error instanceof Error
      ? error.message
      : String(error);
  process.stderr.write(`${text}\n`);
  process.exit(1);
});
