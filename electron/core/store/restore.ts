import { dirname } from 'node:path';
import type { BackupBundle } from './backups';
import { listDataFiles } from './data-files';
import { parseJsonBytes, serializeJson, writeFileDurably } from './durable-file';
import { isNotFound, listIfExists, readIfExists, unlinkIfExists, type FileSystem } from './fs';
import { RESTORE_STAGING_DIR, abs } from './paths';

/** Written last into the staging folder: its presence means the staged copy is complete. */
const MARKER = 'COMPLETE.json';

async function removeTree(fs: FileSystem, path: string): Promise<void> {
  let isDir: boolean;
  try {
    isDir = (await fs.stat(path)).isDirectory();
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  if (!isDir) return unlinkIfExists(fs, path);
  for (const name of await listIfExists(fs, path)) await removeTree(fs, `${path}/${name}`);
  await fs.rmdir(path);
}

/**
 * Stage the bundle beside the data and mark it complete. Until the marker
 * exists nothing of the current data is touched, so a crash here is harmless.
 */
export async function stageRestore(fs: FileSystem, dir: string, bundle: BackupBundle): Promise<void> {
  const staging = abs(dir, RESTORE_STAGING_DIR);
  await removeTree(fs, staging);
  for (const file of bundle.files) {
    const target = abs(staging, file.path);
    await fs.mkdir(dirname(target));
    await writeFileDurably(
      fs,
      target,
      file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content,
    );
  }
  await writeFileDurably(fs, abs(staging, MARKER), serializeJson({ files: bundle.files.map((f) => f.path) }));
}

/**
 * Replace the data files with a completely staged restore. Safe to repeat after
 * a crash at any point: files outside the bundle are removed, staged files are
 * moved into place, and the staging folder goes last. A staging folder without
 * its marker is an interrupted staging and is discarded.
 */
export async function finishPendingRestore(fs: FileSystem, dir: string): Promise<boolean> {
  const staging = abs(dir, RESTORE_STAGING_DIR);
  const marker = await readIfExists(fs, abs(staging, MARKER));
  if (marker === null) {
    await removeTree(fs, staging);
    return false;
  }
  const { files } = parseJsonBytes(MARKER, marker) as { files: string[] };
  const wanted = new Set(files);
  for (const path of await listDataFiles(fs, dir)) {
    if (!wanted.has(path)) await unlinkIfExists(fs, abs(dir, path));
  }
  for (const path of files) {
    const staged = abs(staging, path);
    if ((await readIfExists(fs, staged)) === null) continue; // moved in by an earlier, interrupted run
    const target = abs(dir, path);
    await fs.mkdir(dirname(target));
    await fs.rename(staged, target);
    await fs.syncDir(dirname(target));
  }
  await unlinkIfExists(fs, abs(staging, MARKER));
  await removeTree(fs, staging);
  return true;
}
