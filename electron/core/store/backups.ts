import { writeBackupArchive } from './backup-write';
import { ARCHIVE_SUFFIX, BACKUP_REASONS, BACKUP_SUFFIXES, type BackupReason } from './backup-format';
import { listIfExists, nodeFileSystem, unlinkIfExists, type FileSystem } from './fs';
import { BACKUPS_DIR, abs, dayOf, monthOf, parseStamp, stampOf } from './paths';

export { BACKUP_REASONS, type BackupReason } from './backup-format';

export interface RetentionPolicy {
  /** Always keep this many newest backups. */
  keepLast: number;
  /** Keep the newest backup of each day for this many days. */
  dailyDays: number;
  /** Keep the newest backup of each month for this many months. */
  monthlyMonths: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepLast: 10, dailyDays: 30, monthlyMonths: 24 };

export interface BackupInfo {
  /** File name inside backups/. */
  name: string;
  path: string;
  reason: BackupReason;
  createdAt: Date;
}

export interface BackupOptions {
  fs?: FileSystem;
  now?: () => Date;
  retention?: Partial<RetentionPolicy>;
}

const NAME_PATTERN = new RegExp(
  `^(\\d{8}-\\d{6})-(${BACKUP_REASONS.join('|')})(?:-(\\d+))?(${BACKUP_SUFFIXES.map((s) => s.replaceAll('.', '\\.')).join('|')})$`,
);

export function parseBackupName(
  name: string,
): { createdAt: Date; reason: BackupReason; sequence: number } | null {
  const match = NAME_PATTERN.exec(name);
  const createdAt = match?.[1] ? parseStamp(match[1]) : null;
  if (!match || !createdAt) return null;
  return { createdAt, reason: match[2] as BackupReason, sequence: Number(match[3] ?? 1) };
}

/** Backups newest first. */
export async function listBackups(dir: string, fs: FileSystem = nodeFileSystem): Promise<BackupInfo[]> {
  const out: (BackupInfo & { sequence: number })[] = [];
  for (const name of await listIfExists(fs, abs(dir, BACKUPS_DIR))) {
    const parsed = parseBackupName(name);
    if (parsed)
      out.push({
        name,
        path: abs(dir, `${BACKUPS_DIR}/${name}`),
        reason: parsed.reason,
        createdAt: parsed.createdAt,
        sequence: parsed.sequence,
      });
  }
  return out
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.sequence - a.sequence)
    .map(({ sequence: _sequence, ...info }) => info);
}

/**
 * Snapshot every data file into one streamed tar.gz (see backup-write.ts), then
 * prune old backups. Two backups in the same second get distinct names.
 */
export async function createBackup(
  dir: string,
  reason: BackupReason,
  options: BackupOptions = {},
): Promise<BackupInfo> {
  const fs = options.fs ?? nodeFileSystem;
  const now = (options.now ?? (() => new Date()))();
  await fs.mkdir(abs(dir, BACKUPS_DIR));
  // Either format counts as taken: an old backup's name must not be reused with the new suffix.
  const taken = new Set(
    (await listIfExists(fs, abs(dir, BACKUPS_DIR))).map((n) =>
      BACKUP_SUFFIXES.reduce((x, s) => x.replace(s, ''), n),
    ),
  );
  let stem = `${stampOf(now)}-${reason}`;
  for (let n = 2; taken.has(stem); n++) stem = `${stampOf(now)}-${reason}-${n}`;
  const name = `${stem}${ARCHIVE_SUFFIX}`;
  const path = abs(dir, `${BACKUPS_DIR}/${name}`);
  await writeBackupArchive(fs, dir, path, now, reason);
  await applyRetention(dir, {
    fs,
    now: () => now,
    ...(options.retention ? { retention: options.retention } : {}),
  });
  return { name, path, reason, createdAt: parseBackupName(name)?.createdAt ?? now };
}

/**
 * The newest backup of each of these reasons is kept whatever else happens: it is the way back
 * from a restore or an upgrade that went wrong, and a busy day of ordinary backups must not push it out.
 */
const ALWAYS_KEEP_NEWEST: readonly BackupReason[] = ['before-restore', 'before-migration'];

/** Kept whatever the settings say: a mistyped setting must not leave a single backup. */
export const RETENTION_FLOOR: RetentionPolicy = { keepLast: 3, dailyDays: 3, monthlyMonths: 1 };

/**
 * Names to keep: the newest N, the newest of each of the last D days that have a
 * backup, the newest of each of the last M months that have one; never less than
 * RETENTION_FLOOR; and the newest 'before-restore' and 'before-migration' backups. The clock is not trusted: days and months are counted among
 * those with backups rather than back from today, so a start with the year typed
 * years ahead costs one day of history instead of all of it; and a backup dated
 * after `now` (from a clock that was, or is, wrong) is never deleted for its date.
 */
export function selectBackupsToKeep(
  backups: readonly BackupInfo[],
  policy: RetentionPolicy,
  now: Date,
): Set<string> {
  const keepLast = Math.max(policy.keepLast, RETENTION_FLOOR.keepLast);
  const days = Math.max(policy.dailyDays, RETENTION_FLOOR.dailyDays);
  const months = Math.max(policy.monthlyMonths, RETENTION_FLOOR.monthlyMonths);
  const keep = new Set(backups.filter((b) => b.createdAt > now).map((b) => b.name));
  const newestFirst = backups
    .filter((b) => b.createdAt <= now)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  for (const backup of newestFirst.slice(0, keepLast)) keep.add(backup.name);
  const seenDays = new Set<string>();
  const seenMonths = new Set<string>();
  for (const backup of newestFirst) {
    const day = dayOf(backup.createdAt);
    if (!seenDays.has(day) && seenDays.size < days) keep.add(backup.name);
    seenDays.add(day);
    const month = monthOf(backup.createdAt);
    if (!seenMonths.has(month) && seenMonths.size < months) keep.add(backup.name);
    seenMonths.add(month);
  }
  const allNewestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  for (const reason of ALWAYS_KEEP_NEWEST) {
    const newest = allNewestFirst.find((backup) => backup.reason === reason);
    if (newest) keep.add(newest.name);
  }
  return keep;
}

/** Delete the backups the policy does not keep; answers the deleted names. */
export async function applyRetention(
  dir: string,
  options: { fs?: FileSystem; now?: () => Date; retention?: Partial<RetentionPolicy> } = {},
): Promise<string[]> {
  const fs = options.fs ?? nodeFileSystem;
  const policy = { ...DEFAULT_RETENTION, ...options.retention };
  const backups = await listBackups(dir, fs);
  const keep = selectBackupsToKeep(backups, policy, (options.now ?? (() => new Date()))());
  const deleted: string[] = [];
  for (const backup of backups) {
    if (keep.has(backup.name)) continue;
    await unlinkIfExists(fs, backup.path);
    deleted.push(backup.name);
  }
  return deleted;
}
