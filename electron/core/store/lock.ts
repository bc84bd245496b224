import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { CareError } from '../../../shared/errors';
import { tempNameFor, writeFileDurably } from './durable-file';
import { errnoOf, listIfExists, readIfExists, unlinkIfExists, type FileSystem } from './fs';
import { LOCK_FILE, abs } from './paths';

export interface LockInfo {
  pid: number;
  host: string;
  /** Shown to staff ("in use since …"); never used to judge staleness, the clock may jump. */
  startedAt: string;
  /** Linux's id of the current boot, or null where the system does not offer one. */
  bootId?: string | null;
  /** Seconds since the computer started, when the lock was taken (a monotonic clock). */
  uptime?: number;
  /** Tells this lock from any other with the same pid. */
  nonce?: string;
  /** Set when the holder let go: the generation file stays so the numbers never go back down. */
  released?: boolean;
}

/** Where this process runs: what a lock holder is compared with. Injected by tests. */
export interface MachineIdentity {
  host: string;
  pid: number;
  bootId: string | null;
  uptime(): number;
  isAlive(pid: number): boolean;
}

function readBootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
  } catch {
    return null; // Windows, macOS: the uptime check below stands in
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

export const thisMachine: MachineIdentity = {
  host: hostname(),
  pid: process.pid,
  bootId: readBootId(),
  uptime,
  isAlive,
};

/**
 * The lock is a series of generation files `.lock-1`, `.lock-2`, …; the highest
 * is the holder. Taking over a stale holder means creating the next generation
 * with an exclusive create, so two openers can never both win, and nobody ever
 * deletes a lock another process may still be relying on. (A single `.lock`
 * needed "re-read, then unlink", and a slower opener could unlink a fresh lock.)
 * A plain `.lock` from earlier versions counts as generation 0.
 *
 * The highest generation file is never deleted, not even on release (it is
 * overwritten with `released: true` instead): were the numbers to go back down,
 * an opener that judged generation n stale and stalled could later create n+1
 * beside a newer live holder of a restarted series. Only lower generations are
 * cleaned up, by the opener that has just created a higher one.
 */
const GENERATION = /^\.lock-(\d{1,15})$/;
const generationFile = (generation: number): string =>
  generation === 0 ? LOCK_FILE : `${LOCK_FILE}-${generation}`;

/** Nonces of the locks this process holds now. */
const heldHere = new Set<string>();

/** uptime() is read at slightly different moments by holder and checker; allow for that. */
const UPTIME_SLACK_S = 60;
/** A lock we cannot read is only trusted while it is young: its writer may still be filling it in. */
const UNREADABLE_LOCK_GRACE_MS = 5_000;
const ATTEMPTS = 8;

function parseLock(bytes: Buffer | null): LockInfo | null {
  if (!bytes) return null;
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<LockInfo>;
    if (
      typeof value.pid !== 'number' ||
      typeof value.host !== 'string' ||
      typeof value.startedAt !== 'string'
    )
      return null;
    return {
      pid: value.pid,
      host: value.host,
      startedAt: value.startedAt,
      bootId: typeof value.bootId === 'string' ? value.bootId : null,
      ...(typeof value.uptime === 'number' ? { uptime: value.uptime } : {}),
      ...(typeof value.nonce === 'string' ? { nonce: value.nonce } : {}),
      ...(value.released === true ? { released: true } : {}),
    };
  } catch {
    return null;
  }
}

/**
 * Locks written by earlier versions carry neither boot id nor uptime: for them alone
 * the start time is compared with the boot time, as those versions did.
 */
function startedBeforeBoot(holder: LockInfo, me: MachineIdentity): boolean {
  const since = Date.parse(holder.startedAt);
  return Number.isFinite(since) && since < Date.now() - me.uptime() * 1000 - UPTIME_SLACK_S * 1000;
}

/**
 * A holder is gone when its process is, or when the computer has restarted since
 * it took the lock (after a power cut its pid may belong to an unrelated process).
 * Restarts are told by boot id, or by the uptime having gone backwards; wall-clock
 * time is never used, so setting the clock forward cannot make a live lock stale.
 */
function holderGone(holder: LockInfo, me: MachineIdentity): boolean {
  if (holder.host !== me.host) return false; // another computer's process cannot be checked from here
  if (holder.bootId && me.bootId && holder.bootId !== me.bootId) return true;
  if (holder.uptime !== undefined && me.uptime() + UPTIME_SLACK_S < holder.uptime) return true;
  if (holder.bootId === null && holder.uptime === undefined && startedBeforeBoot(holder, me)) return true;
  if (holder.pid === me.pid) {
    // Our own pid: either this process holds it (a second open here), or an earlier process with the
    // same pid died holding it. The nonce tells them apart.
    return holder.nonce !== undefined && !heldHere.has(holder.nonce);
  }
  return !me.isAlive(holder.pid);
}

/** Create `path` holding `text`, complete at the moment it appears: a temp file hard-linked into place. */
async function createExclusive(fs: FileSystem, path: string, text: string): Promise<boolean> {
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
    // Filesystems without hard links: an exclusive create, briefly empty (see the grace above).
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

async function generations(fs: FileSystem, dir: string): Promise<number[]> {
  const names = await listIfExists(fs, dir);
  const out = names.flatMap((name) => {
    const match = GENERATION.exec(name);
    return match ? [Number(match[1])] : [];
  });
  if (names.includes(LOCK_FILE)) out.push(0);
  return out.sort((a, b) => a - b);
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

const lockedBy = (holder: LockInfo | null): CareError =>
  holder
    ? new CareError('store.locked', {
        pid: holder.pid,
        host: holder.host,
        since: localTime(holder.startedAt),
      })
    : new CareError('store.locked', { pid: '?', host: '?', since: '?' });

/** Answers the holder if the newest generation is live (or too young to judge), null if it is free or stale. */
async function liveHolder(
  fs: FileSystem,
  path: string,
  me: MachineIdentity,
): Promise<{ holder: LockInfo | null } | null> {
  const holder = parseLock(await readIfExists(fs, path));
  if (holder) return holder.released === true || holderGone(holder, me) ? null : { holder };
  let modified: number;
  try {
    modified = (await fs.stat(path)).mtimeMs;
  } catch {
    return null; // vanished meanwhile
  }
  return Date.now() - modified < UNREADABLE_LOCK_GRACE_MS ? { holder: null } : null;
}

/**
 * Take the single-writer lock of a data folder. A lock left by a process on this
 * host that is no longer running (or from before the computer restarted) is
 * stale and taken over by creating the next generation.
 */
export async function acquireLock(
  fs: FileSystem,
  dir: string,
  me: MachineIdentity = thisMachine,
): Promise<HeldLock> {
  const info: LockInfo = {
    pid: me.pid,
    host: me.host,
    // The real clock, not the injected one: this is shown to staff looking at a real process.
    startedAt: new Date().toISOString(),
    bootId: me.bootId,
    uptime: me.uptime(),
    nonce: randomBytes(8).toString('hex'),
  };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const existing = await generations(fs, dir);
    const top = existing.at(-1);
    if (top !== undefined) {
      const live = await liveHolder(fs, abs(dir, generationFile(top)), me);
      if (live) throw lockedBy(live.holder);
    }
    const mine = (top ?? 0) + 1;
    const path = abs(dir, generationFile(mine));
    if (!(await createExclusive(fs, path, JSON.stringify(info)))) continue; // another opener took it first
    // A slow opener may recreate a generation already cleaned up; a higher one means it lost.
    if ((await generations(fs, dir)).some((generation) => generation > mine)) {
      await unlinkIfExists(fs, path);
      continue;
    }
    // Lower generations are all stale now: nobody can hold them while a higher one exists.
    for (const old of existing)
      await unlinkIfExists(fs, abs(dir, generationFile(old))).catch(() => undefined);
    const nonce = info.nonce ?? '';
    heldHere.add(nonce);
    return {
      info,
      release: async () => {
        try {
          const current = parseLock(await readIfExists(fs, path));
          // Overwritten, never deleted (see above); temp + rename, so a crash leaves the held
          // or the released lock, and a held one left by a dead process is taken over as stale.
          if (current?.nonce === nonce && current.released !== true)
            await writeFileDurably(fs, path, JSON.stringify({ ...current, released: true }));
        } catch {
          // A disk that cannot take the mark leaves the lock looking held by this process; once it
          // has ended (or, here, once its nonce is forgotten below) the next opener takes it over.
        } finally {
          heldHere.delete(nonce);
        }
      },
    };
  }
  throw lockedBy(null);
}
