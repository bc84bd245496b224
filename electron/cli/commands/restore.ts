import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXIT, type ExitCode } from '../output';
import type { CliContext } from '../run';
import { withStore } from './store-session';

/** Restore a backup file; the store first saves the current data as a 'before-restore' backup. */
export async function runRestore(ctx: CliContext): Promise<ExitCode> {
  const { m, output } = ctx;
  const file = resolve(ctx.args.positionals[0] as string);
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    output.err(m.t('restore.missingFile', { file }));
    return EXIT.failed;
  }
  output.out(m.t('common.dataDir', { dir: ctx.dataDir }));
  const saved = await withStore(ctx, (store) => store.restoreBackup(file));
  output.out(m.t('restore.done', { file, safety: saved.path }));
  return EXIT.ok;
}
