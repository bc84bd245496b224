import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { refuseBackup } from './backup-stage';
import type { BackupReason, RestoreLimits } from './backup-format';
import { sha256 } from './canonical';
import { isDataFilePath, isPhotoPath } from './data-files';
import { type FileSystem } from './fs';
import { abs } from './paths';
import { writeChunksSynced } from './stream-file';

const gunzipAsync = promisify(gunzip);

/** The first backup format: one gzipped JSON string of every file, photos in base64. */
export interface LegacyBundle {
  format: 'township-care-backup';
  formatVersion: 1;
  createdAt: string;
  reason: BackupReason;
  schemaVersion: number | null;
  appliedSeq: number | null;
  files: { path: string; sha256: string; content: string; encoding?: 'base64' }[];
}

/**
 * Read a backup of the first format, decompressing at most `legacyBytes` (it is
 * one string, so it cannot be larger than V8 allows anyway) and checking every
 * file's name, encoding and checksum.
 */
export async function readLegacyBundle(
  fs: FileSystem,
  path: string,
  name: string,
  limits: RestoreLimits,
): Promise<LegacyBundle> {
  if ((await fs.stat(path)).size > limits.legacyBytes) refuseBackup(name, 'too large');
  let bundle: LegacyBundle;
  try {
    const text = (
      await gunzipAsync(await fs.readFile(path), { maxOutputLength: limits.legacyBytes })
    ).toString('utf8');
    bundle = JSON.parse(text) as LegacyBundle;
  } catch {
    refuseBackup(name, 'unreadable');
  }
  if (bundle?.format !== 'township-care-backup' || bundle.formatVersion !== 1 || !Array.isArray(bundle.files))
    refuseBackup(name, 'format');
  if (bundle.files.length > limits.files) refuseBackup(name, `more than ${limits.files} files`);
  const seen = new Set<string>();
  for (const file of bundle.files) {
    if (typeof file?.path !== 'string' || typeof file.content !== 'string' || !isDataFilePath(file.path))
      refuseBackup(name, `unknown file ${JSON.stringify(file?.path)}`);
    // Photos and only photos travel as base64.
    if ((file.encoding ?? null) !== (isPhotoPath(file.path) ? 'base64' : null))
      refuseBackup(name, `encoding ${file.path}`);
    // Lower-cased: Windows and macOS folders ignore case, so `A.jpg` and `a.jpg` would be one file.
    if (seen.has(file.path.toLowerCase())) refuseBackup(name, `duplicate ${file.path}`);
    seen.add(file.path.toLowerCase());
    if (sha256(file.content) !== file.sha256) refuseBackup(name, `checksum ${file.path}`);
  }
  return bundle;
}

export async function stageLegacyBundle(
  fs: FileSystem,
  bundle: LegacyBundle,
  staging: string,
): Promise<void> {
  const folders = new Set<string>();
  for (const file of bundle.files) {
    const target = abs(staging, file.path);
    if (!folders.has(dirname(target))) await fs.mkdir(dirname(target));
    folders.add(dirname(target));
    const bytes = Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8');
    await writeChunksSynced(fs, target, [bytes]);
  }
  for (const folder of folders) await fs.syncDir(folder);
}
