import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { timeEach } from './timing';

type AllInOne = Record<string, unknown> & { attendance: unknown[] };

/**
 * Collects a whole data folder (core document plus every shard) into ONE JSON
 * file, the way a plain single-file lowdb app would keep it.
 */
export async function buildSingleFile(dataDir: string, target: string): Promise<number> {
  const core = JSON.parse(await readFile(join(dataDir, 'core.json'), 'utf8')) as Record<string, unknown>;
  const all: Record<string, unknown> = { ...core };
  const recordsDir = join(dataDir, 'records');
  for (const kind of await readdir(recordsDir)) {
    const list: unknown[] = [];
    for (const file of (await readdir(join(recordsDir, kind))).sort()) {
      const shard = JSON.parse(await readFile(join(recordsDir, kind, file), 'utf8')) as {
        records: unknown[];
      };
      list.push(...shard.records);
    }
    all[kind] = list;
  }
  if (!Array.isArray(all.attendance)) all.attendance = [];
  const text = JSON.stringify(all);
  await writeFile(target, text);
  return Buffer.byteLength(text);
}

/** One check-in with single-file lowdb: push into the big array and rewrite the whole file. */
export async function measureLowdbCheckIns(
  file: string,
  count: number,
  makeRecord: (i: number) => unknown,
): Promise<number[]> {
  const db = new Low<AllInOne>(new JSONFile<AllInOne>(file), { attendance: [] });
  await db.read();
  return timeEach(count, async (i) => {
    db.data.attendance.push(makeRecord(i));
    await db.write();
  });
}
