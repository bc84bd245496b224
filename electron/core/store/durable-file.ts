import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { errnoOf, readIfExists, unlinkIfExists, type FileSystem } from './fs';

/** Windows virus scanners and indexers briefly hold files open; a rename then fails and succeeds later. */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_BACKOFF_MS = [10, 30, 80, 160, 300];

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

export async function renameWithRetry(fs: FileSystem, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const delay = RENAME_BACKOFF_MS[attempt];
      const code = errnoOf(error);
      if (delay === undefined || code === undefined || !RENAME_RETRY_CODES.has(code)) throw error;
      await sleep(delay);
    }
  }
}

/**
 * Replace `path` with `data` so that after a crash the file holds either the old
 * or the new bytes, never a mix: unique temp file, write, fsync, rename, fsync
 * the folder. On failure the temp file is removed and the target is untouched.
 */
export function writeFileDurably(fs: FileSystem, path: string, data: string | Uint8Array): Promise<void> {
  return writeChunksDurably(fs, path, [data]);
}

/**
 * writeFileDurably for data that arrives in pieces (a backup archive): each
 * chunk goes to the temp file as it comes, so memory holds one chunk, never the
 * whole file.
 */
export async function writeChunksDurably(
  fs: FileSystem,
  path: string,
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): Promise<void> {
  const temp = tempNameFor(path);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      for await (const chunk of chunks) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, temp, path);
  } catch (error) {
    await unlinkIfExists(fs, temp).catch(() => undefined);
    throw error;
  }
  await fs.syncDir(dirname(path));
}

/** Raised by DurableJsonFile.read when the bytes are not JSON. */
export class UnparsableFileError extends Error {
  readonly problem: 'empty' | 'unparsable';
  constructor(path: string, problem: 'empty' | 'unparsable', options?: ErrorOptions) {
    super(`${problem}: ${path}`, options);
    this.problem = problem;
  }
}

export function serializeJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function parseJsonBytes(path: string, bytes: Buffer): unknown {
  const text = bytes.toString('utf8');
  if (text.trim() === '') throw new UnparsableFileError(path, 'empty');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UnparsableFileError(path, 'unparsable', { cause: error });
  }
}

/** lowdb adapter that reads JSON and writes it crash-safely through an injectable FileSystem. */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;
  private readonly fs: FileSystem;

  constructor(fs: FileSystem, path: string) {
    this.fs = fs;
    this.path = path;
  }

  async read(): Promise<T | null> {
    const bytes = await readIfExists(this.fs, this.path);
    if (bytes === null) return null;
    return parseJsonBytes(this.path, bytes) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.fs, this.path, serializeJson(data));
  }
}

/**
 * Write one data file through lowdb: the document is held by a `Low` database
 * whose adapter is DurableJsonFile, so lowdb stays the engine while every write
 * is crash-safe. The store keeps its own copy-on-write state, so a fresh `Low`
 * per write costs nothing and never holds half-applied data.
 */
export async function writeDocument<T>(fs: FileSystem, path: string, doc: T): Promise<void> {
  await new Low<T>(new DurableJsonFile<T>(fs, path), doc).write();
}
