import { open, rename, rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { timeEach } from './timing';

/**
 * The physical floor of one durable write on this disk: 1 KB to a temp file,
 * fsync, rename over the target, fsync the folder. No store can beat this.
 */
export async function measureFloor(dir: string, count: number): Promise<number[]> {
  await mkdir(dir, { recursive: true });
  const payload = Buffer.alloc(1024, 'x');
  const target = join(dir, 'floor.json');
  const samples = await timeEach(count, async (i) => {
    const temp = join(dir, `floor.json.${i}.tmp`);
    const file = await open(temp, 'w');
    try {
      await file.writeFile(payload);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
    const folder = await open(dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  });
  await rm(dir, { recursive: true, force: true });
  return samples;
}
