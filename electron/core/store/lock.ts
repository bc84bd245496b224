import { hostname, uptime } from 'node:os';
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

/** 'YYYY-MM-DD HH:mm' on this computer's clock, as staff read it in the message. */
function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A lock taken before this computer last started is stale whatever its pid says:
 * after a power cut the same pid may belong to an unrelated process.
 */
function holderAlive(holder: LockInfo): boolean {
  const bootedAt = Date.now() - uptime() * 1000;
  const since = Date.parse(holder.startedAt);
  if (Number.isFinite(since) && since < bootedAt - BOOT_TIME_SLACK_MS) return false;
  return isAlive(holder.pid);
}

/** uptime() and the clock are read at slightly different moments; allow for that. */
const BOOT_TIME_SLACK_MS = 60_000;

/**
 * Take the single-writer lock of a data folder. A lock left by a process on this
 * host that is no longer running is stale and taken over.
 */
export async function acquireLock(fs: FileSystem, dir: string): Promise<HeldLock> {
  const path = abs(dir, LOCK_FILE);
  // The real clock, not the injected one: the lock is about real processes on this computer.
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
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
      const stale = holder.host === info.host && holder.pid !== process.pid && !holderAlive(holder);
      if (!stale)
        throw new CareError('store.locked', {
          pid: holder.pid,
          host: holder.host,
          since: localTime(holder.startedAt),
        });
      // Another opener may have taken the stale lock over since we read it: only remove the very
      // lock we judged stale, never a fresh one.
      const again = parseLock(await readIfExists(fs, path));
      if (!again || again.pid !== holder.pid || again.startedAt !== holder.startedAt) continue;
    } else {
      let modified: number;
      try {
        modified = (await fs.stat(path)).mtimeMs;
      } catch {
        continue; // vanished meanwhile: try again
      }
      if (Date.now() - modified < UNREADABLE_LOCK_GRACE_MS)
        throw new CareError('store.locked', { pid: '?', host: '?', since: '?' });
    }
    await unlinkIfExists(fs, path);
  }
  throw new CareError('store.locked', { pid: '?', host: '?', since: '?' });
}
