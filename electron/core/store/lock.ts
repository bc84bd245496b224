import { hostname } from 'node:os';
import { CareError } from '../../../shared/errors';
import { errnoOf, readIfExists, unlinkIfExists, type FileSystem } from './fs';
import { tempNameFor } from './durable-file';
import { LOCK_FILE, abs } from './paths';

export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

/** A lock we cannot read is only trusted while it is young: its writer may still be filling it in. */
const UNREADABLE_LOCK_GRACE_MS = 5_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

function parseLock(bytes: Buffer | null): LockInfo | null {
  if (!bytes) return null;
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<LockInfo>;
    if (
      typeof value.pid === 'number' &&
      typeof value.host === 'string' &&
      typeof value.startedAt === 'string'
    ) {
      return { pid: value.pid, host: value.host, startedAt: value.startedAt };
    }
  } catch {
    // fall through: unreadable
  }
  return null;
}

/**
 * Create the lock with its content in one step: write a temp file, then hard-link
 * it to `.lock` (fails if it exists). Filesystems without hard links fall back
 * to an O_EXCL create.
 */
async function tryCreate(fs: FileSystem, path: string, info: LockInfo): Promise<boolean> {
  const text = JSON.stringify(info);
  const temp = tempNameFor(path);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.write(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.link(temp, path);
      return true;
    } catch (error) {
      if (errnoOf(error) === 'EEXIST') return false;
    }
    const handle2 = await fs.open(path, 'wx');
    try {
      await handle2.write(text);
      await handle2.sync();
    } finally {
      await handle2.close();
    }
    return true;
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    throw error;
  } finally {
    await unlinkIfExists(fs, temp).catch(() => undefined);
  }
}

export interface HeldLock {
  info: LockInfo;
  release(): Promise<void>;
}

/**
 * Take the single-writer lock of a data folder. A lock left by a process on this
 * host that is no longer running is stale and taken over.
 */
export async function acquireLock(fs: FileSystem, dir: string, now: () => Date): Promise<HeldLock> {
  const path = abs(dir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: now().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tryCreate(fs, path, info)) {
      return {
        info,
        release: async () => {
          const current = parseLock(await readIfExists(fs, path));
          if (current && current.pid === info.pid && current.startedAt === info.startedAt) {
            await unlinkIfExists(fs, path);
          }
        },
      };
    }
    const holder = parseLock(await readIfExists(fs, path));
    if (holder) {
      const stale = holder.host === info.host && holder.pid !== process.pid && !isAlive(holder.pid);
      if (!stale)
        throw new CareError('store.locked', { pid: holder.pid, host: holder.host, since: holder.startedAt });
    } else {
      let modified: number;
      try {
        modified = (await fs.stat(path)).mtimeMs;
      } catch {
        continue; // vanished meanwhile: try again
      }
      if (now().getTime() - modified < UNREADABLE_LOCK_GRACE_MS)
        throw new CareError('store.locked', { pid: '?', host: '?', since: '?' });
    }
    await unlinkIfExists(fs, path);
  }
  throw new CareError('store.locked', { pid: '?', host: '?', since: '?' });
}
