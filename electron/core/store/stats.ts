import type { ShardState } from './docs';
import { listDataFiles } from './data-files';
import { parseJsonBytes } from './durable-file';
import type { FileSystem } from './fs';
import { listShardFiles } from './load';
import { abs, shardFile } from './paths';
import type { CoreData } from './types';

export interface StoreStats {
  collections: Record<string, number>;
  shards: { kind: string; period: string; records: number; bytes: number }[];
  /** Records per shard kind across all months. */
  kinds: Record<string, number>;
  files: { file: string; bytes: number }[];
  totalBytes: number;
}

/** Counts from memory where loaded, otherwise read from disk without caching. */
export async function collectStats(
  fs: FileSystem,
  dir: string,
  core: CoreData,
  collections: readonly string[],
  loaded: ReadonlyMap<string, ShardState>,
): Promise<StoreStats> {
  const counts: Record<string, number> = {};
  for (const name of collections)
    counts[name] = Array.isArray(core[name]) ? (core[name] as unknown[]).length : 0;
  const files: StoreStats['files'] = [];
  for (const file of await listDataFiles(fs, dir))
    files.push({ file, bytes: (await fs.stat(abs(dir, file))).size });
  const sizeOf = new Map(files.map((f) => [f.file, f.bytes]));
  const shards: StoreStats['shards'] = [];
  const kinds: Record<string, number> = {};
  for (const [kind, period] of await listShardFiles(fs, dir)) {
    const file = shardFile(kind, period);
    let records = loaded.get(file)?.doc.records.length;
    if (records === undefined) {
      try {
        const doc = parseJsonBytes(file, await fs.readFile(abs(dir, file))) as { records?: unknown };
        records = Array.isArray(doc.records) ? doc.records.length : 0;
      } catch {
        records = 0;
      }
    }
    shards.push({ kind, period, records, bytes: sizeOf.get(file) ?? 0 });
    kinds[kind] = (kinds[kind] ?? 0) + records;
  }
  return {
    collections: counts,
    shards,
    kinds,
    files,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
  };
}
