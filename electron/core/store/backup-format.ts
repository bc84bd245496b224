import { z } from 'zod';

export const BACKUP_REASONS = ['start', 'daily', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Streamed format: a tar.gz of the data files as they are, led by a manifest. */
export const ARCHIVE_SUFFIX = '.care-backup.tar.gz';
/** The first format: one gzipped JSON string of every file. Still listed and restorable. */
export const LEGACY_SUFFIX = '.care-backup.json.gz';
export const BACKUP_SUFFIXES = [ARCHIVE_SUFFIX, LEGACY_SUFFIX] as const;

/** First entry of every archive, so a restore knows every name, size and checksum before any data. */
export const MANIFEST_ENTRY = 'manifest.json';
export const ARCHIVE_FORMAT_VERSION = 2;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().min(0);

export const ManifestSchema = z.strictObject({
  format: z.literal('township-care-backup'),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  reason: z.enum(BACKUP_REASONS),
  schemaVersion: z.number().int().min(1).nullable(),
  appliedSeq: count.nullable(),
  counts: z.strictObject({
    files: count,
    bytes: count,
    core: count,
    shards: count,
    audit: count,
    photos: count,
  }),
  files: z.array(z.strictObject({ path: z.string().max(300), size: count, sha256: sha256Hex })),
});
export type BackupManifest = z.infer<typeof ManifestSchema>;

/**
 * What a restore accepts at most. Far above a real center (a few hundred MB after
 * years), low enough that a crafted archive (a gzip bomb, millions of tiny files,
 * one huge "core.json") is refused long before memory or disk run out.
 */
export interface RestoreLimits {
  /** Decompressed bytes of the whole archive. */
  totalBytes: number;
  /** Files in the archive. */
  files: number;
  /** One JSON document or audit month; each is read whole when validated. */
  documentBytes: number;
  /** One photo. */
  photoBytes: number;
  /** The manifest itself. */
  manifestBytes: number;
  /** Decompressed size of a backup in the first (one JSON string) format. */
  legacyBytes: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_RESTORE_LIMITS: RestoreLimits = {
  totalBytes: 16 * 1024 * MiB,
  files: 200_000,
  documentBytes: 256 * MiB,
  photoBytes: 16 * MiB,
  manifestBytes: 64 * MiB,
  // Below V8's largest string (~512 MB): the old format is one JSON string.
  legacyBytes: 400 * MiB,
};
