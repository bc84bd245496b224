import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Parser } from 'tar';
import {
  nodeFileSystem,
  type BackupManifest,
  type FileHandleLike,
  type FileSystem,
} from '../../electron/core/store';

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'care-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under dir (relative path → bytes as base64), for byte-identical comparisons. */
export function snapshot(dir: string, skip: (rel: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(dir, rel))) {
      const child = rel ? `${rel}/${name}` : name;
      // The lock's generation files are not data: one stays behind, marked released, after close.
      if (skip(child) || /^\.lock(-\d+)?$/.test(child)) continue;
      if (statSync(join(dir, child)).isDirectory()) walk(child);
      else out[child] = readFileSync(join(dir, child)).toString('base64');
    }
  };
  walk('');
  return out;
}

export function listQuarantine(dir: string): string[] {
  try {
    return readdirSync(join(dir, 'quarantine'));
  } catch {
    return [];
  }
}

export type FaultOp = 'write' | 'fsync' | 'rename' | 'syncDir';

export interface FaultRule {
  op: FaultOp;
  /** Substring of the path (for write/fsync: the file being written, temp or audit; for rename: the target). */
  match: string;
  code: string;
  /** Fail only the first matching call (a transient fault), so that the rollback can succeed. */
  once?: boolean;
}

function fault(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected`);
  error.code = code;
  return error;
}

/** A FileSystem that fails the chosen operation on matching paths while `armed` is true. */
export function faultyFs(base: FileSystem = nodeFileSystem): {
  fs: FileSystem;
  arm: (rule: FaultRule | null) => void;
} {
  let rule: FaultRule | null = null;
  const hits = (op: FaultOp, path: string): boolean => {
    const hit = rule !== null && rule.op === op && path.includes(rule.match);
    if (hit && rule?.once) rule = { ...rule, match: '\u0000never' };
    return hit;
  };
  const fs: FileSystem = {
    ...base,
    open: async (path, flags) => {
      const handle = await base.open(path, flags);
      const wrapped: FileHandleLike = {
        write: async (data) => {
          if (hits('write', path)) {
            // A partial write first, as a full disk really does.
            const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
            await handle.write(text.slice(0, Math.floor(text.length / 2)));
            throw fault(rule!.code);
          }
          return handle.write(data);
        },
        sync: async () => {
          if (hits('fsync', path)) throw fault(rule!.code);
          return handle.sync();
        },
        truncate: (length) => handle.truncate(length),
        close: () => handle.close(),
      };
      return wrapped;
    },
    rename: async (from, to) => {
      if (hits('rename', to)) throw fault(rule!.code);
      return base.rename(from, to);
    },
    syncDir: async (path) => {
      if (hits('syncDir', path)) throw fault(rule!.code);
      return base.syncDir(path);
    },
  };
  return { fs, arm: (next) => (rule = next) };
}

export const person = (id: string, name = `P ${id}`) => ({ id, name });
export const attendance = (id: string, date: string, personId = 'p1') => ({ id, personId, date });

export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export interface ArchiveContent {
  /** Entry names in archive order (the manifest first). */
  order: string[];
  manifest: BackupManifest;
  files: Map<string, Buffer>;
}

/** Read a whole tar.gz backup into memory (tests only: small folders). */
export async function readArchive(path: string): Promise<ArchiveContent> {
  const order: string[] = [];
  const files = new Map<string, Buffer>();
  const pending: Promise<void>[] = [];
  const parser = new Parser({
    onReadEntry: (entry) => {
      order.push(entry.path);
      pending.push(
        (async () => {
          const chunks: Buffer[] = [];
          for await (const chunk of entry) chunks.push(chunk);
          files.set(entry.path, Buffer.concat(chunks));
        })(),
      );
    },
  });
  const ended = new Promise((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  parser.end(gunzipSync(readFileSync(path)));
  await ended;
  await Promise.all(pending);
  const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as BackupManifest;
  files.delete('manifest.json');
  return { order, manifest, files };
}

/** A backup in the first format (one gzipped JSON string), as earlier versions wrote them. */
export function writeLegacyBackup(
  path: string,
  files: { path: string; bytes: Buffer }[],
  meta: { createdAt?: string; reason?: string } = {},
): void {
  const bundle = {
    format: 'township-care-backup',
    formatVersion: 1,
    createdAt: meta.createdAt ?? new Date(2026, 10, 15).toISOString(),
    reason: meta.reason ?? 'manual',
    schemaVersion: 1,
    appliedSeq: null,
    files: files.map((file) => {
      const photo = file.path.startsWith('photos/');
      const content = file.bytes.toString(photo ? 'base64' : 'utf8');
      return {
        path: file.path,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        ...(photo ? { encoding: 'base64' } : {}),
      };
    }),
  };
  writeFileSync(path, gzipSync(JSON.stringify(bundle)));
}
