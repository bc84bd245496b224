import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Header, Pack, ReadEntry } from 'tar';
import { hashEntry } from '../../electron/core/store/audit';
import type { AuditEntry } from '../../electron/core/store';

export interface ArchiveFile {
  path: string;
  bytes: Buffer;
  /** Declared size in the tar header, when a test lies about it. */
  size?: number;
}

const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The manifest an honest backup of these files would carry. */
export function manifestFor(files: readonly ArchiveFile[], extra: Record<string, unknown> = {}): object {
  return {
    format: 'township-care-backup',
    formatVersion: 2,
    createdAt: new Date(2026, 10, 15).toISOString(),
    reason: 'manual',
    schemaVersion: 1,
    appliedSeq: null,
    counts: { files: files.length, bytes: 0, core: 1, shards: 0, audit: 1, photos: 0 },
    files: files.map((f) => ({ path: f.path, size: f.size ?? f.bytes.length, sha256: sha(f.bytes) })),
    ...extra,
  };
}

/** Build a tar.gz backup by hand (crafted or honest) with the manifest first unless told otherwise. */
export async function writeTestArchive(
  path: string,
  files: readonly ArchiveFile[],
  options: { manifest?: object | null } = {},
): Promise<void> {
  const pack = new Pack({ portable: true });
  const chunks: Buffer[] = [];
  const drained = (async () => {
    for await (const chunk of pack) chunks.push(chunk);
  })();
  const manifest = options.manifest === undefined ? manifestFor(files) : options.manifest;
  const entries: ArchiveFile[] = [
    ...(manifest === null ? [] : [{ path: 'manifest.json', bytes: Buffer.from(JSON.stringify(manifest)) }]),
    ...files,
  ];
  for (const file of entries) {
    const size = file.size ?? file.bytes.length;
    const entry = new ReadEntry(
      new Header({ path: file.path, type: 'File', size, mode: 0o644, mtime: new Date(0) }),
    );
    const taken = new Promise((resolve) => entry.once('end', resolve));
    pack.write(entry);
    entry.end(file.bytes.subarray(0, size));
    await taken;
  }
  pack.end();
  await drained;
  writeFileSync(path, gzipSync(Buffer.concat(chunks)));
}

/** Every data file of a folder, for building a backup of it by hand. */
export function filesOf(dir: string, paths: readonly string[]): ArchiveFile[] {
  return paths.map((path) => ({ path, bytes: readFileSync(join(dir, path)) }));
}

/** Rewrite the last audit line with `edit` and re-seal it: the chain is plain sha256, anyone can. */
export function editLastEntry(audit: Buffer, edit: (entry: AuditEntry) => void): Buffer {
  const lines = audit.toString('utf8').trimEnd().split('\n');
  const entry = JSON.parse(lines.at(-1) ?? '{}') as AuditEntry;
  edit(entry);
  entry.hash = hashEntry(entry.prev, entry);
  lines[lines.length - 1] = JSON.stringify(entry);
  return Buffer.from(`${lines.join('\n')}\n`);
}
