import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { CareError } from '../../../shared/errors';
import { ARCHIVE_SUFFIX, DEFAULT_RESTORE_LIMITS, MANIFEST_ENTRY, type RestoreLimits } from './backup-format';
import { readLegacyBundle, stageLegacyBundle } from './backup-legacy';
import { stageArchive } from './backup-stage';
import { validateStaged } from './backup-validate';
import { listDataFiles } from './data-files';
import { parseJsonBytes, renameWithRetry, serializeJson, writeFileDurably } from './durable-file';
import { isNotFound, listIfExists, readIfExists, unlinkIfExists, type FileSystem } from './fs';
import type { Migration } from './migrations/index';
import { RESTORE_STAGING_DIR, abs } from './paths';
import type { StoreSchemas } from './schemas';

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
 * Whether a backup not named as an archive is one anyway, from its first bytes (a
 * copy on a USB stick may have been renamed): a tar archive begins with the
 * manifest's name, a backup of the first format with '{'.
 */
async function isArchive(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = gunzipSync(buffer.subarray(0, bytesRead), { finishFlush: constants.Z_SYNC_FLUSH });
    return head.subarray(0, MANIFEST_ENTRY.length).toString('latin1') === MANIFEST_ENTRY;
  } catch {
    return false; // not gzip at all: the first format's reader refuses it by name
  } finally {
    await handle.close();
  }
}

export interface StageOptions {
  schemas: StoreSchemas;
  migrations: readonly Migration[];
  limits?: Partial<RestoreLimits>;
}

/**
 * Unpack a backup (either format) into the staging folder beside the data and
 * check it through: names, sizes, counts, checksums, then every document and
 * audit entry against the schemas. Answers the staged files; nothing is marked
 * complete yet, so a refusal or a crash here leaves the data as it was (the
 * staging folder is removed now, or discarded on the next open).
 */
export async function stageBackup(
  fs: FileSystem,
  dir: string,
  backupPath: string,
  options: StageOptions,
): Promise<string[]> {
  const name = backupPath.split(/[\\/]/).at(-1) ?? backupPath;
  const limits = { ...DEFAULT_RESTORE_LIMITS, ...options.limits };
  const staging = abs(dir, RESTORE_STAGING_DIR);
  try {
    await fs.stat(backupPath);
  } catch (error) {
    if (isNotFound(error)) throw new CareError('store.backupNotFound', { file: name });
    throw error;
  }
  await removeTree(fs, staging);
  try {
    await fs.mkdir(staging);
    let files: string[];
    let photosChecked = false;
    if (name.endsWith(ARCHIVE_SUFFIX) || (await isArchive(backupPath))) {
      files = (await stageArchive(fs, backupPath, staging, name, limits)).files.map((f) => f.path);
      photosChecked = true;
    } else {
      const bundle = await readLegacyBundle(fs, backupPath, name, limits);
      await stageLegacyBundle(fs, bundle, staging);
      files = bundle.files.map((f) => f.path);
    }
    await validateStaged(fs, staging, files, { name, photosChecked, ...options });
    return files;
  } catch (error) {
    await removeTree(fs, staging).catch(() => undefined);
    throw error;
  }
}

/** The last step of staging: from here on, the restore is finished on the next open whatever happens. */
export async function markStagingComplete(
  fs: FileSystem,
  dir: string,
  files: readonly string[],
): Promise<void> {
  await writeFileDurably(fs, abs(dir, `${RESTORE_STAGING_DIR}/${MARKER}`), serializeJson({ files }));
}

export async function discardStaging(fs: FileSystem, dir: string): Promise<void> {
  await removeTree(fs, abs(dir, RESTORE_STAGING_DIR));
}

/**
 * Replace the data files with a completely staged restore. Safe to repeat after
 * a crash or a failure at any point: files outside the bundle are removed, staged
 * files are moved into place (with the Windows retry a scanner's brief lock
 * needs), and the staging folder goes last. A staging folder without its marker
 * is an interrupted staging and is discarded.
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
  const folders = new Set<string>();
  for (const path of files) {
    const staged = abs(staging, path);
    try {
      await fs.stat(staged);
    } catch (error) {
      if (isNotFound(error)) continue; // moved in by an earlier, interrupted run
      throw error;
    }
    const target = abs(dir, path);
    if (!folders.has(dirname(target))) await fs.mkdir(dirname(target));
    folders.add(dirname(target));
    await renameWithRetry(fs, staged, target);
  }
  // One fsync per folder once every rename is issued: the renames are durable before the marker goes.
  for (const folder of folders) await fs.syncDir(folder);
  await unlinkIfExists(fs, abs(staging, MARKER));
  await removeTree(fs, staging);
  return true;
}
