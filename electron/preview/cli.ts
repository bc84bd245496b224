/**
 * `npm run preview:browser -- --data DIR [--port N] [--lang zh-CN|en]`
 * Serves the built renderer and the app's API on 127.0.0.1 for use in a browser.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defaultDataDir } from '../core/paths';
import { isLanguage } from '../core/app/language';
import { closeOnSignals, startPreviewServer } from './server';
import { languageFrom } from '../cli/messages';
import { translate, translator } from '../../shared/i18n/translate';
import { isCareError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Messages in the language asked for, else the system's (Chinese by default), like the `care` command line. */
const language: Language = languageFrom(undefined, process.env) ?? 'zh-CN';
const say = translator(language, 'cli');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const dataDir = path.resolve(values.data ?? process.env.CARE_DATA_DIR ?? defaultDataDir());
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(say('preview.badPort', { value: values.port ?? '' }));
  if (values.lang !== undefined && !isLanguage(values.lang)) throw new Error(say('preview.badLang'));
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

  const server = await startPreviewServer({
    dataDir,
    rendererDir: path.join(root, 'out', 'renderer'),
    port,
    version: pkg.version,
    ...(values.lang !== undefined && isLanguage(values.lang) ? { language: values.lang } : {}),
  });
  process.stdout.write(`${say('preview.started', { dataDir })}\n${server.url}\n`);
  closeOnSignals(server);
}

main().catch((error: unknown) => {
  // Expected refusals (the data folder in use by the app, …) in words, not codes.
  const text = isCareError(error)
    ? translate(language, error.code, error.params)
    : error instanceof Error
      ? error.message
      : String(error);
  process.stderr.write(`${text}\n`);
  process.exit(1);
});
