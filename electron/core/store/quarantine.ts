import { randomBytes } from 'node:crypto';
import { writeFileDurably } from './durable-file';
import { listIfExists, readIfExists, type FileSystem } from './fs';
import { QUARANTINE_DIR, abs, stampOf } from './paths';

function quarantineName(relative: string, now: Date, suffix: string): string {
  return `${QUARANTINE_DIR}/${stampOf(now)}-${randomBytes(3).toString('hex')}-${relative.replaceAll('/', '__')}${suffix}`;
}

const QUARANTINE_NAME = /^\d{8}-\d{6}-[0-9a-f]{6}-(.+)$/;

/**
 * The data file (core.json or a month file) that a quarantine entry was moved
 * from, or null for copies of audit logs, torn tails and anything else.
 */
export function quarantinedOriginal(name: string): string | null {
  const match = QUARANTINE_NAME.exec(name);
  if (!match?.[1]) return null;
  const original = match[1].replaceAll('__', '/');
  if (original === 'core.json') return original;
  return /^records\/[A-Za-z]+\/\d{4}-\d{2}\.json$/.test(original) ? original : null;
}

/**
 * After a restore, earlier quarantine entries are settled: they move into a
 * dated subfolder (kept, never deleted) so they no longer hold the data read-only.
 */
export async function settleQuarantine(fs: FileSystem, dir: string, now: Date): Promise<void> {
  const names = (await listIfExists(fs, abs(dir, QUARANTINE_DIR))).filter((n) => quarantinedOriginal(n));
  if (names.length === 0) return;
  const folder = `${QUARANTINE_DIR}/settled-${stampOf(now)}-${randomBytes(3).toString('hex')}`;
  await fs.mkdir(abs(dir, folder));
  for (const name of names)
    await fs.rename(abs(dir, `${QUARANTINE_DIR}/${name}`), abs(dir, `${folder}/${name}`));
  await fs.syncDir(abs(dir, folder));
  await fs.syncDir(abs(dir, QUARANTINE_DIR));
}

/** Move a damaged file aside; it is never overwritten or deleted. Answers the new relative path. */
export async function moveToQuarantine(
  fs: FileSystem,
  dir: string,
  relative: string,
  now: Date,
): Promise<string> {
  const target = quarantineName(relative, now, '');
  await fs.mkdir(abs(dir, QUARANTINE_DIR));
  await fs.rename(abs(dir, relative), abs(dir, target));
  await fs.syncDir(abs(dir, QUARANTINE_DIR));
  return target;
}

/** Keep a copy of a file that must stay in place (the audit log), or of bytes about to be cut off. */
export async function copyToQuarantine(
  fs: FileSystem,
  dir: string,
  relative: string,
  now: Date,
  bytes?: Uint8Array,
  suffix = '',
): Promise<string> {
  const data = bytes ?? (await readIfExists(fs, abs(dir, relative))) ?? Buffer.alloc(0);
  const target = quarantineName(relative, now, suffix);
  await fs.mkdir(abs(dir, QUARANTINE_DIR));
  await writeFileDurably(fs, abs(dir, target), data);
  return target;
}
