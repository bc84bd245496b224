import { randomBytes } from 'node:crypto';
import { writeFileDurably } from './durable-file';
import { readIfExists, type FileSystem } from './fs';
import { QUARANTINE_DIR, abs, stampOf } from './paths';

function quarantineName(relative: string, now: Date, suffix: string): string {
  return `${QUARANTINE_DIR}/${stampOf(now)}-${randomBytes(3).toString('hex')}-${relative.replaceAll('/', '__')}${suffix}`;
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
