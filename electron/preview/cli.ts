/**
 * `npm run preview:browser -- --data DIR [--port N] [--lang zh-CN|en]`
 * Serves the built renderer and the app's API on 127.0.0.1 for use in a browser.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defaultDataDir } from '../core/paths';
import { isLanguage } from '../core/services/language';
import { startPreviewServer } from './server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

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
    throw new Error(`--port must be 0-65535, got ${values.port}`);
  if (values.lang !== undefined && !isLanguage(values.lang)) throw new Error(`--lang must be zh-CN or en`);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

  const server = await startPreviewServer({
    dataDir,
    rendererDir: path.join(root, 'out', 'renderer'),
    port,
    version: pkg.version,
    ...(values.lang !== undefined && isLanguage(values.lang) ? { language: values.lang } : {}),
  });
  process.stdout.write(`Township Care preview — data folder: ${dataDir}\n${server.url}\n`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
