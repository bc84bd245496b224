import { readFile, stat } from 'node:fs/promises';
import { EXIT, type ExitCode } from '../output';
import type { CliContext } from '../run';
import { withStore } from './store-session';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Audit entries are the non-empty lines of the monthly .jsonl files. */
async function countLines(path: string): Promise<number> {
  const text = await readFile(path, 'utf8');
  let lines = 0;
  for (const line of text.split('\n')) if (line.trim() !== '') lines += 1;
  return lines;
}

export async function runStats(ctx: CliContext): Promise<ExitCode> {
  const { m, output, dataDir } = ctx;
  const { stats, backups } = await withStore(ctx, async (store) => ({
    stats: await store.stats(),
    backups: await store.listBackups(),
  }));
  const auditFiles = stats.files.filter((f) => f.file.startsWith('audit/'));
  let auditEntries = 0;
  for (const f of auditFiles) auditEntries += await countLines(`${dataDir}/${f.file}`);
  let backupBytes = 0;
  for (const b of backups) backupBytes += (await stat(b.path)).size;
  const bytesOf = (prefix: string): number =>
    stats.files.filter((f) => f.file.startsWith(prefix)).reduce((sum, f) => sum + f.bytes, 0);

  const kinds = new Map<string, { periods: number; records: number; bytes: number }>();
  for (const s of stats.shards) {
    const k = kinds.get(s.kind) ?? { periods: 0, records: 0, bytes: 0 };
    k.periods += 1;
    k.records += s.records;
    k.bytes += s.bytes;
    kinds.set(s.kind, k);
  }

  if (ctx.args.switches.json) {
    output.out(
      JSON.stringify(
        {
          ...stats,
          kindsDetail: Object.fromEntries(kinds),
          auditEntries,
          backups: backups.length,
          backupBytes,
        },
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  output.out(m.t('stats.title', { dir: dataDir }));
  output.out(m.t('stats.collections'));
  for (const [name, count] of Object.entries(stats.collections))
    output.out(m.t('stats.collectionLine', { name, count }));
  output.out(m.t('stats.shards'));
  for (const [kind, k] of [...kinds].sort()) {
    output.out(
      m.t('stats.shardLine', { kind, periods: k.periods, records: k.records, size: formatBytes(k.bytes) }),
    );
  }
  output.out(
    m.t('stats.files', {
      core: formatBytes(bytesOf('core.json')),
      shards: formatBytes(bytesOf('records/')),
      audit: formatBytes(bytesOf('audit/')),
      backups: formatBytes(backupBytes),
    }),
  );
  output.out(m.t('stats.audit', { entries: auditEntries, files: auditFiles.length }));
  output.out(m.t('stats.backups', { count: backups.length }));
  return EXIT.ok;
}
