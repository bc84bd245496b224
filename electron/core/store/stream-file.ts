import { dirname } from 'node:path';
import { renameWithRetry, tempNameFor } from './durable-file';
import { unlinkIfExists, type FileSystem } from './fs';

/**
 * writeFileDurably for data that arrives in pieces (a backup archive): each
 * chunk goes to the temp file as it comes, so memory holds one chunk, never the
 * whole file. Then fsync, rename (retried on Windows), folder fsync.
 */
export async function writeChunksDurably(
  fs: FileSystem,
  path: string,
  chunks: AsyncIterable<Uint8Array>,
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

/**
 * Write chunks straight to `path` and fsync it, without the temp-and-rename
 * step: for files inside a staging folder that is thrown away unless it is
 * marked complete, and whose folders are fsynced once before that mark.
 */
export async function writeChunksSynced(
  fs: FileSystem,
  path: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<void> {
  const handle = await fs.open(path, 'w');
  try {
    for await (const chunk of chunks) await handle.write(chunk);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
