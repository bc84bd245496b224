import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { CareError } from '../../../shared/errors';
import { checkChain, type AuditFileContent } from './audit';
import { sha256 } from './canonical';
import { listDataFiles, isDataFilePath, isPhotoPath } from './data-files';
import { writeFileDurably } from './durable-file';
import { imageKindOf } from './image-kind';
import { errnoOf, listIfExists, nodeFileSystem, unlinkIfExists, type FileSystem } from './fs';
import { migrateCore, migrateShard, MIGRATIONS, type Migration } from './migrations/index';
import { BACKUPS_DIR, CORE_FILE, abs, dayOf, monthOf, parseStamp, stampOf } from './paths';
import { checkCore, checkShard, type StoreSchemas } from './schemas';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export const BACKUP_REASONS = ['start', 'daily', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
export const BACKUP_SUFFIX = '.care-backup.json.gz';

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

export interface BackupBundle {
  format: 'township-care-backup';
  formatVersion: 1;
  createdAt: string;
  reason: BackupReason;
  schemaVersion: number | null;
  appliedSeq: number | null;
  /** Text files hold their UTF-8 text; photos (binary) their bytes in base64, marked by `encoding`. */
  files: { path: string; sha256: string; content: string; encoding?: 'base64' }[];
}

export interface BackupOptions {
  fs?: FileSystem;
  now?: () => Date;
  retention?: Partial<RetentionPolicy>;
}

const NAME_PATTERN = new RegExp(
  `^(\\d{8}-\\d{6})-(${BACKUP_REASONS.join('|')})(?:-(\\d+))?${BACKUP_SUFFIX.replaceAll('.', '\\.')}$`,
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

function metadataOf(files: BackupBundle['files']): {
  schemaVersion: number | null;
  appliedSeq: number | null;
} {
  const core = files.find((f) => f.path === CORE_FILE);
  try {
    const doc = JSON.parse(core?.content ?? '') as { schemaVersion?: unknown; appliedSeq?: unknown };
    return {
      schemaVersion: typeof doc.schemaVersion === 'number' ? doc.schemaVersion : null,
      appliedSeq: typeof doc.appliedSeq === 'number' ? doc.appliedSeq : null,
    };
  } catch {
    return { schemaVersion: null, appliedSeq: null };
  }
}

/** Snapshot every data file into one gzip file, written durably, then prune old backups. */
export async function createBackup(
  dir: string,
  reason: BackupReason,
  options: BackupOptions = {},
): Promise<BackupInfo> {
  const fs = options.fs ?? nodeFileSystem;
  const now = (options.now ?? (() => new Date()))();
  const files: BackupBundle['files'] = [];
  for (const path of await listDataFiles(fs, dir)) {
    const bytes = await fs.readFile(abs(dir, path));
    if (isPhotoPath(path)) {
      const content = bytes.toString('base64');
      files.push({ path, sha256: sha256(content), content, encoding: 'base64' });
    } else {
      const content = bytes.toString('utf8');
      files.push({ path, sha256: sha256(content), content });
    }
  }
  const bundle: BackupBundle = {
    format: 'township-care-backup',
    formatVersion: 1,
    createdAt: now.toISOString(),
    reason,
    ...metadataOf(files),
    files,
  };
  await fs.mkdir(abs(dir, BACKUPS_DIR));
  const existing = new Set(await listIfExists(fs, abs(dir, BACKUPS_DIR)));
  let name = `${stampOf(now)}-${reason}${BACKUP_SUFFIX}`;
  for (let n = 2; existing.has(name); n++) name = `${stampOf(now)}-${reason}-${n}${BACKUP_SUFFIX}`;
  const path = abs(dir, `${BACKUPS_DIR}/${name}`);
  await writeFileDurably(fs, path, await gzipAsync(JSON.stringify(bundle)));
  await applyRetention(dir, {
    fs,
    now: () => now,
    ...(options.retention ? { retention: options.retention } : {}),
  });
  return { name, path, reason, createdAt: parseBackupName(name)?.createdAt ?? now };
}

/** Names to keep: the newest N, the newest per day within D days, the newest per month within M months. */
export function selectBackupsToKeep(
  backups: readonly BackupInfo[],
  policy: RetentionPolicy,
  now: Date,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set(newestFirst.slice(0, policy.keepLast).map((b) => b.name));
  const dayLimit = new Date(now.getFullYear(), now.getMonth(), now.getDate() - policy.dailyDays + 1);
  const monthLimit = new Date(now.getFullYear(), now.getMonth() - policy.monthlyMonths + 1, 1);
  const seenDays = new Set<string>();
  const seenMonths = new Set<string>();
  for (const backup of newestFirst) {
    const day = dayOf(backup.createdAt);
    if (backup.createdAt >= dayLimit && !seenDays.has(day)) keep.add(backup.name);
    seenDays.add(day);
    const month = monthOf(backup.createdAt);
    if (backup.createdAt >= monthLimit && !seenMonths.has(month)) keep.add(backup.name);
    seenMonths.add(month);
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

function refuse(file: string, detail: string): never {
  throw new CareError('store.badBackup', { file, detail });
}

/**
 * Read a bundle and check it through before anything is replaced: integrity of
 * every file, safe paths, versions, schema validity and the audit chain.
 */
export async function readBackup(
  path: string,
  options: { fs?: FileSystem; schemas: StoreSchemas; migrations?: readonly Migration[] },
): Promise<BackupBundle> {
  const fs = options.fs ?? nodeFileSystem;
  const name = path.split(/[\\/]/).at(-1) ?? path;
  let bundle: BackupBundle;
  try {
    bundle = JSON.parse((await gunzipAsync(await fs.readFile(path))).toString('utf8')) as BackupBundle;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') throw new CareError('store.backupNotFound', { file: name });
    refuse(name, 'unreadable');
  }
  if (
    bundle?.format !== 'township-care-backup' ||
    bundle.formatVersion !== 1 ||
    !Array.isArray(bundle.files)
  ) {
    refuse(name, 'format');
  }
  const seen = new Set<string>();
  for (const file of bundle.files) {
    if (typeof file?.path !== 'string' || typeof file.content !== 'string' || !isDataFilePath(file.path))
      refuse(name, 'path');
    // Photos and only photos travel as base64.
    if ((file.encoding ?? null) !== (isPhotoPath(file.path) ? 'base64' : null))
      refuse(name, `encoding ${file.path}`);
    if (seen.has(file.path)) refuse(name, `duplicate ${file.path}`);
    seen.add(file.path);
    if (sha256(file.content) !== file.sha256) refuse(name, `checksum ${file.path}`);
  }
  validateBundleData(name, bundle, options.schemas, options.migrations ?? MIGRATIONS);
  return bundle;
}

function validateBundleData(
  name: string,
  bundle: BackupBundle,
  schemas: StoreSchemas,
  chain: readonly Migration[],
): void {
  const parse = (path: string, content: string): Record<string, unknown> => {
    try {
      return JSON.parse(content) as Record<string, unknown>;
    } catch {
      refuse(name, `unparsable ${path}`);
    }
  };
  const version = (doc: Record<string, unknown>, path: string): number => {
    const v = doc.schemaVersion;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) refuse(name, `schemaVersion ${path}`);
    if (v > schemas.version) throw new CareError('store.backupTooNew', { file: name });
    return v;
  };
  const core = bundle.files.find((f) => f.path === CORE_FILE);
  if (!core) refuse(name, 'no core.json');
  const audits: AuditFileContent[] = [];
  for (const file of bundle.files) {
    if (isPhotoPath(file.path)) {
      if (imageKindOf(Buffer.from(file.content, 'base64')) === null)
        refuse(name, `not an image ${file.path}`);
      continue;
    }
    if (file.path.startsWith('audit/')) {
      const bytes = Buffer.from(file.content, 'utf8');
      audits.push({
        file: file.path,
        period: file.path.slice(6, 13),
        bytes,
        lines: file.content.split('\n'),
      });
      continue;
    }
    const doc = parse(file.path, file.content);
    const migrate = file.path === CORE_FILE ? migrateCore : migrateShard;
    const current = version(doc, file.path) < schemas.version ? migrate(doc, schemas.version, chain) : doc;
    if (file.path === CORE_FILE) {
      const check = checkCore(schemas, current);
      if (!check.ok) refuse(name, `${file.path}: ${check.detail ?? ''}`);
    } else {
      const [, kind = '', periodFile = ''] = file.path.split('/');
      const check = checkShard(schemas, current, kind, periodFile.slice(0, 7));
      if (!check.ok) refuse(name, `${file.path}: ${check.detail ?? ''}`);
    }
  }
  audits.sort((a, b) => a.period.localeCompare(b.period));
  const chainCheck = checkChain(audits);
  if (chainCheck.problem) refuse(name, `${chainCheck.problem.file}: seq ${chainCheck.problem.seq}`);
}
