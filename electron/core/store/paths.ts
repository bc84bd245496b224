import { join } from 'node:path';

/** Where each piece of the data folder lives. Relative paths always use '/'. */
export const CORE_FILE = 'core.json';
export const RECORDS_DIR = 'records';
export const AUDIT_DIR = 'audit';
export const BACKUPS_DIR = 'backups';
export const QUARANTINE_DIR = 'quarantine';
export const LOCK_FILE = '.lock';
export const RESTORE_STAGING_DIR = '.restore-staging';
/** People's photos (binary JPEG/PNG files), named `<personId>-<random>.<jpg|png>`. */
export const PHOTOS_DIR = 'photos';
/**
 * Windows reserves these names for devices, in any case and with any extension: a file or
 * folder so named cannot be made there, so a restore or replay naming one could never finish.
 * Spelt out case by case because the patterns below stay case-sensitive.
 */
const DEVICE_NAME =
  '(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])';
/** A photo file's bare name: no folders, no dots but the extension's, no device name. */
export const PHOTO_NAME_PATTERN = new RegExp(`^(?!${DEVICE_NAME}\\.)[A-Za-z0-9_-]{1,100}\\.(jpg|png)$`);
/** A shard file's path; its kind is a plain identifier (no dots, no slashes, no device name). */
export const SHARD_PATH_PATTERN = new RegExp(
  `^${RECORDS_DIR}/(?!${DEVICE_NAME}/)([A-Za-z][A-Za-z0-9]*)/(\\d{4}-\\d{2})\\.json$`,
);

export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function shardFile(kind: string, period: string): string {
  return `${RECORDS_DIR}/${kind}/${period}.json`;
}

export function auditFile(period: string): string {
  return `${AUDIT_DIR}/${period}.jsonl`;
}

export function photoFile(name: string): string {
  return `${PHOTOS_DIR}/${name}`;
}

export function abs(dir: string, relative: string): string {
  return join(dir, ...relative.split('/'));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'YYYY-MM' in local time: staff think in their own calendar month. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

export function dayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** 'YYYYMMDD-HHmmss' local time, used in backup and quarantine names. */
export function stampOf(date: Date): string {
  return (
    `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}

export function parseStamp(stamp: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})$/.exec(stamp);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi, s);
}
