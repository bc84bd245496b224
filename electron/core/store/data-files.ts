import { listAuditPeriods } from './audit';
import type { FileSystem } from './fs';
import { listShardFiles } from './load';
import { CORE_FILE, PERIOD_PATTERN, auditFile, shardFile } from './paths';

/** Relative paths of every data file (core, shards, audit) that exists now. */
export async function listDataFiles(fs: FileSystem, dir: string): Promise<string[]> {
  const out: string[] = [];
  try {
    await fs.stat(`${dir}/${CORE_FILE}`);
    out.push(CORE_FILE);
  } catch {
    // no core yet
  }
  for (const [kind, period] of await listShardFiles(fs, dir)) out.push(shardFile(kind, period));
  for (const period of await listAuditPeriods(fs, dir)) out.push(auditFile(period));
  return out;
}

/** Only these relative paths may appear in a backup bundle; anything else (e.g. '../x') is refused. */
export function isDataFilePath(path: string): boolean {
  if (path === CORE_FILE) return true;
  const shard = /^records\/([A-Za-z][A-Za-z0-9]*)\/(\d{4}-\d{2})\.json$/.exec(path);
  if (shard) return PERIOD_PATTERN.test(shard[2] ?? '');
  const audit = /^audit\/(\d{4}-\d{2})\.jsonl$/.exec(path);
  return audit !== null && PERIOD_PATTERN.test(audit[1] ?? '');
}
