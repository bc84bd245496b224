import type { FileSystem } from './fs';

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
