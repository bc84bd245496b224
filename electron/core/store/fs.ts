import * as fsp from 'node:fs/promises';
import { dirname } from 'node:path';

/** The few handle operations the store needs; tests wrap them to inject faults. */
export interface FileHandleLike {
  write(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

export interface FileStat {
  size: number;
  mtimeMs: number;
  isDirectory(): boolean;
}

/**
 * Every file-system call the store makes goes through this interface, so tests
 * can inject ENOSPC / EACCES / EIO on any write, fsync or rename.
 */
export interface FileSystem {
  readFile(path: string): Promise<Buffer>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<FileStat>;
  mkdir(path: string): Promise<void>;
  /** flags: 'w' (truncate/create), 'wx' (exclusive create), 'a' (append), 'r+' (read/write). */
  open(path: string, flags: 'w' | 'wx' | 'a' | 'r+'): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  rmdir(path: string): Promise<void>;
  /** fsync a directory so a rename inside it survives power loss. */
  syncDir(path: string): Promise<void>;
}

async function writeAll(handle: fsp.FileHandle, data: string | Uint8Array): Promise<void> {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let offset = 0;
  while (offset < buffer.length) {
    const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
    offset += bytesWritten;
  }
}

function wrapHandle(handle: fsp.FileHandle): FileHandleLike {
  return {
    write: (data) => writeAll(handle, data),
    sync: () => handle.sync(),
    truncate: (length) => handle.truncate(length),
    close: () => handle.close(),
  };
}

/** Directory fsync is not supported everywhere (Windows, some network shares). */
const DIR_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'ENOTSUP', 'EPERM', 'EBADF']);

export const nodeFileSystem: FileSystem = {
  readFile: (path) => fsp.readFile(path),
  readdir: (path) => fsp.readdir(path),
  stat: (path) => fsp.stat(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
  open: async (path, flags) => wrapHandle(await fsp.open(path, flags)),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  unlink: (path) => fsp.unlink(path),
  rmdir: (path) => fsp.rmdir(path),
  syncDir: async (path) => {
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(path, 'r');
      await handle.sync();
    } catch (error) {
      const code = errnoOf(error);
      if (code === undefined || !DIR_SYNC_UNSUPPORTED.has(code)) throw error;
    } finally {
      await handle?.close();
    }
  },
};

export function errnoOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function isNotFound(error: unknown): boolean {
  return errnoOf(error) === 'ENOENT';
}

/** readFile that answers null for a missing file. */
export async function readIfExists(fs: FileSystem, path: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export async function listIfExists(fs: FileSystem, path: string): Promise<string[]> {
  try {
    return await fs.readdir(path);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

export async function unlinkIfExists(fs: FileSystem, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/**
 * mkdir -p that survives a power cut: a new folder's name lives in its parent,
 * so each folder created here is made durable by fsyncing that parent. Without
 * it a power cut could take a whole month folder (or the data folder) with it.
 */
export async function ensureDir(fs: FileSystem, path: string): Promise<void> {
  const missing: string[] = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      await fs.stat(at);
      break;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  if (missing.length === 0) return;
  await fs.mkdir(path);
  for (const folder of missing) await fs.syncDir(dirname(folder));
}
