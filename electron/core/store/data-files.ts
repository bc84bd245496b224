import { listAuditPeriods } from './audit';
import { listIfExists, type FileSystem } from './fs';
import { listShardFiles } from './load';
import { CREDENTIALS_FILE } from './credentials-file';
import {
  CORE_FILE,
  PERIOD_PATTERN,
  PHOTOS_DIR,
  PHOTO_NAME_PATTERN,
  SHARD_PATH_PATTERN,
  abs,
  auditFile,
  photoFile,
  shardFile,
} from './paths';

/** Photos are binary; every other data file is UTF-8 text (JSON or JSON lines). */
export function isPhotoPath(path: string): boolean {
  const [folder, name, ...rest] = path.split('/');
  return folder === PHOTOS_DIR && rest.length === 0 && PHOTO_NAME_PATTERN.test(name ?? '');
}

/** Relative paths of every data file (core, shards, audit, photos) that exists now. */
export async function listDataFiles(fs: FileSystem, dir: string): Promise<string[]> {
  const out: string[] = [];
  try {
    await fs.stat(`${dir}/${CORE_FILE}`);
    out.push(CORE_FILE);
  } catch {
    // no core yet
  }
  try {
    // Password hashes travel with the accounts they belong to (a restore brings back both).
    await fs.stat(`${dir}/${CREDENTIALS_FILE}`);
    out.push(CREDENTIALS_FILE);
  } catch {
    // no accounts yet
  }
  for (const [kind, period] of await listShardFiles(fs, dir)) out.push(shardFile(kind, period));
  for (const period of await listAuditPeriods(fs, dir)) out.push(auditFile(period));
  // Temp files of an interrupted photo write start with '.' and do not match the name pattern.
  for (const name of (await listIfExists(fs, abs(dir, PHOTOS_DIR))).sort()) {
    if (PHOTO_NAME_PATTERN.test(name)) out.push(photoFile(name));
  }
  return out;
}

/** Only these relative paths may appear in a backup bundle; anything else (e.g. '../x') is refused. */
export function isDataFilePath(path: string): boolean {
  if (path === CORE_FILE || path === CREDENTIALS_FILE || isPhotoPath(path)) return true;
  const shard = SHARD_PATH_PATTERN.exec(path);
  if (shard) return PERIOD_PATTERN.test(shard[2] ?? '');
  const audit = /^audit\/(\d{4}-\d{2})\.jsonl$/.exec(path);
  return audit !== null && PERIOD_PATTERN.test(audit[1] ?? '');
}
