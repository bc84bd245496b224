import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { CareError } from '../../../shared/errors';
import { DEFAULT_RESTORE_LIMITS } from '../store/backup-format';
import { readLegacyBundle } from '../store/backup-legacy';
import { stageArchive } from '../store/backup-stage';
import { writeChunksDurably } from '../store/durable-file';
import { errnoOf, nodeFileSystem, unlinkIfExists, type FileSystem } from '../store/fs';
import { readArchiveManifest } from './backup-header';

/**
 * A file system that takes every write and keeps nothing: run through it, the restore's own
 * archive check (names, sizes, counts, every entry's checksum against the manifest, photos by
 * their bytes) reads a whole backup without writing a byte of it anywhere.
 */
const sinkFileSystem: FileSystem = {
  ...nodeFileSystem,
  mkdir: () => Promise.resolve(),
  syncDir: () => Promise.resolve(),
  open: () =>
    Promise.resolve({
      write: () => Promise.resolve(),
      sync: () => Promise.resolve(),
      truncate: () => Promise.resolve(),
      close: () => Promise.resolve(),
    }),
};

/**
 * Read a backup back in full and check it the way a restore would, without unpacking it.
 * Throws the restore's own refusal when the file does not match its manifest.
 */
export async function verifyBackupFile(path: string): Promise<void> {
  const name = basename(path);
  if (await readArchiveManifest(path)) {
    await stageArchive(sinkFileSystem, path, '/nowhere', name, DEFAULT_RESTORE_LIMITS);
    return;
  }
  await readLegacyBundle(nodeFileSystem, path, name, DEFAULT_RESTORE_LIMITS);
}

function copyError(error: unknown, target: string): CareError {
  if (error instanceof CareError) return error;
  const code = errnoOf(error);
  const file = basename(target);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new CareError('backups.copy.diskFull', { file });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'EBUSY')
    return new CareError('backups.copy.notWritable', { file });
  return new CareError('backups.copy.failed', { file, errno: code ?? 'unknown' });
}

/**
 * Copy a backup to `target` (typically on a USB stick that may be pulled out right after):
 * streamed into a temp file beside the target, fsynced, renamed, the folder fsynced; then
 * read back and checked against its manifest. A copy that does not check out is deleted, so
 * a bad copy is never left looking like a good one.
 */
export async function copyBackupFile(source: string, target: string): Promise<void> {
  try {
    await writeChunksDurably(nodeFileSystem, target, createReadStream(source));
  } catch (error) {
    throw copyError(error, target);
  }
  try {
    await verifyBackupFile(target);
  } catch (error) {
    await unlinkIfExists(nodeFileSystem, target).catch(() => undefined);
    throw new CareError('backups.copy.unreadable', { file: basename(target) }, [], { cause: error });
  }
}
