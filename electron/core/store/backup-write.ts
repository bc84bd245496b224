import { Header, Pack, ReadEntry } from 'tar';
import { sha256 } from './canonical';
import { isPhotoPath, listDataFiles } from './data-files';
import { type FileSystem } from './fs';
import {
  ARCHIVE_FORMAT_VERSION,
  MANIFEST_ENTRY,
  type BackupManifest,
  type BackupReason,
} from './backup-format';
import { CORE_FILE, abs } from './paths';
import { writeChunksDurably } from './durable-file';

function metadataOf(core: Buffer | null): Pick<BackupManifest, 'schemaVersion' | 'appliedSeq'> {
  try {
    const doc = JSON.parse(core?.toString('utf8') ?? '') as { schemaVersion?: unknown; appliedSeq?: unknown };
    return {
      schemaVersion: typeof doc.schemaVersion === 'number' ? doc.schemaVersion : null,
      appliedSeq: typeof doc.appliedSeq === 'number' ? doc.appliedSeq : null,
    };
  } catch {
    return { schemaVersion: null, appliedSeq: null };
  }
}

function countsOf(files: BackupManifest['files']): BackupManifest['counts'] {
  return {
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.size, 0),
    core: files.filter((f) => f.path === CORE_FILE).length,
    shards: files.filter((f) => f.path.startsWith('records/')).length,
    audit: files.filter((f) => f.path.startsWith('audit/')).length,
    photos: files.filter((f) => isPhotoPath(f.path)).length,
  };
}

/** First pass: every file's size and checksum, so the manifest can lead the archive. */
async function buildManifest(
  fs: FileSystem,
  dir: string,
  createdAt: Date,
  reason: BackupReason,
): Promise<BackupManifest> {
  const files: BackupManifest['files'] = [];
  let core: Buffer | null = null;
  for (const path of await listDataFiles(fs, dir)) {
    const bytes = await fs.readFile(abs(dir, path));
    if (path === CORE_FILE) core = bytes;
    files.push({ path, size: bytes.length, sha256: sha256(bytes) });
  }
  return {
    format: 'township-care-backup',
    formatVersion: ARCHIVE_FORMAT_VERSION,
    createdAt: createdAt.toISOString(),
    reason,
    ...metadataOf(core),
    counts: countsOf(files),
    files,
  };
}

/**
 * Hand one file to the packer and wait until the packer has taken all of it.
 * The packer only takes bytes as fast as the archive is written, so at most one
 * file is held in memory at a time, whatever the folder's size.
 */
function addEntry(
  pack: Pack,
  path: string,
  bytes: Buffer,
  mtime: Date,
  aborted: Promise<never>,
): Promise<void> {
  const header = new Header({ path, type: 'File', size: bytes.length, mode: 0o644, mtime });
  const entry = new ReadEntry(header);
  const taken = new Promise<void>((resolve) => entry.once('end', () => resolve()));
  pack.write(entry);
  entry.end(bytes);
  return Promise.race([taken, aborted]);
}

/**
 * Write the data folder as `<target>`, a tar.gz with the manifest first and every
 * data file as it is (photos as files). Streamed into a temp file through the
 * store's file system, fsynced and renamed into place like every other write.
 */
export async function writeBackupArchive(
  fs: FileSystem,
  dir: string,
  target: string,
  createdAt: Date,
  reason: BackupReason,
): Promise<BackupManifest> {
  const manifest = await buildManifest(fs, dir, createdAt, reason);
  // Level 1: photos are already compressed and gain nothing from a higher level, and
  // JSON still shrinks several times; a backup runs at every start, so CPU counts.
  const pack = new Pack({ gzip: { level: 1 }, portable: true });
  let abort: (error: unknown) => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    abort = reject;
  });
  aborted.catch(() => undefined);

  const produce = async (): Promise<void> => {
    await addEntry(pack, MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest)), createdAt, aborted);
    for (const file of manifest.files) {
      const bytes = await fs.readFile(abs(dir, file.path));
      // Backups run in the store's queue, so nothing may change between the passes;
      // if something did, the archive would not match its manifest and must not be kept.
      if (bytes.length !== file.size || sha256(bytes) !== file.sha256)
        throw new Error(`changed while backing up: ${file.path}`);
      await addEntry(pack, file.path, bytes, createdAt, aborted);
    }
    pack.end();
  };
  const producing = produce().catch((error: unknown) => {
    pack.emit('error', error);
    throw error;
  });
  producing.catch(() => undefined);
  try {
    await writeChunksDurably(fs, target, pack);
  } catch (error) {
    abort(error);
    throw error;
  }
  await producing;
  return manifest;
}
