import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Header } from 'tar';
import {
  DEFAULT_RESTORE_LIMITS,
  MANIFEST_ENTRY,
  ManifestSchema,
  type BackupManifest,
} from '../store/backup-format';
import { readLegacyBundle } from '../store/backup-legacy';
import { nodeFileSystem } from '../store/fs';

const TAR_BLOCK = 512;

/** When, why and from which data version a backup was made: what its first bytes say. */
export interface BackupHeader {
  format: 'archive' | 'legacy';
  createdAt: string;
  reason: string;
  schemaVersion: number | null;
  manifest: BackupManifest | null;
}

/**
 * The manifest of a tar.gz backup, read from its first entry without unpacking the rest;
 * null when the file does not begin like one. Memory holds at most the manifest (its size
 * capped as a restore caps it).
 */
export async function readArchiveManifest(path: string): Promise<BackupManifest | null> {
  const source = createReadStream(path);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const chunks: Buffer[] = [];
  let length = 0;
  let needed = TAR_BLOCK;
  let size: number | null = null;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      length += chunk.length;
      if (size === null && length >= TAR_BLOCK) {
        const header = new Header(Buffer.concat(chunks).subarray(0, TAR_BLOCK));
        if (header.path !== MANIFEST_ENTRY || header.type !== 'File') return null;
        size = header.size ?? 0;
        if (size > DEFAULT_RESTORE_LIMITS.manifestBytes) return null;
        needed = TAR_BLOCK + size;
      }
      if (size !== null && length >= needed) break;
    }
    if (size === null || length < needed) return null;
    const text = Buffer.concat(chunks).subarray(TAR_BLOCK, needed).toString('utf8');
    const parsed = ManifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // not gzip, not tar, not JSON: not an archive backup
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

/** The header of a backup of either format, or null when the file is neither. */
export async function readBackupHeader(path: string, name: string): Promise<BackupHeader | null> {
  const manifest = await readArchiveManifest(path);
  if (manifest) {
    const { createdAt, reason, schemaVersion } = manifest;
    return { format: 'archive', createdAt, reason, schemaVersion, manifest };
  }
  try {
    const bundle = await readLegacyBundle(nodeFileSystem, path, name, DEFAULT_RESTORE_LIMITS);
    const { createdAt, reason, schemaVersion } = bundle;
    return { format: 'legacy', createdAt, reason, schemaVersion, manifest: null };
  } catch {
    return null;
  }
}
