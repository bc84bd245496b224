import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { nodeFileSystem } from '../../core/store/fs';
import { writeChunksDurably } from '../../core/store/durable-file';
import { EXIT, type ExitCode } from '../output';
import type { CliContext } from '../run';
import { withStore } from './store-session';

/** A manual backup inside the data folder; with --out, a second copy elsewhere (a USB stick). */
export async function runBackup(ctx: CliContext): Promise<ExitCode> {
  const { m, output } = ctx;
  output.out(m.t('common.dataDir', { dir: ctx.dataDir }));
  const info = await withStore(ctx, (store) => store.createBackup('manual'));
  output.out(m.t('backup.done', { file: info.path }));
  const out = ctx.args.values.out;
  if (out !== undefined) {
    const target = join(resolve(out), info.name);
    await mkdir(resolve(out), { recursive: true });
    // Streamed (a backup may be larger than memory) and written durably: the stick may be
    // pulled out right after the message.
    await writeChunksDurably(nodeFileSystem, target, createReadStream(info.path));
    output.out(m.t('backup.copied', { file: target }));
  }
  return EXIT.ok;
}
