import { CareError } from '../../../shared/errors';
import { ChainWalker } from './audit';
import { refuseBackup } from './backup-stage';
import { isPhotoPath } from './data-files';
import { type FileSystem } from './fs';
import { imageKindOf } from './image-kind';
import { migrateCore, migrateShard, type Migration } from './migrations/index';
import { CORE_FILE, PERIOD_PATTERN, abs, shardFile } from './paths';
import { CREDENTIALS_FILE, parseCredentials } from './credentials-file';
import { checkCore, checkShard, schemaOf, type StoreSchemas } from './schemas';
import type { AuditEntry, Change } from './types';

interface Context {
  fs: FileSystem;
  staging: string;
  name: string;
  schemas: StoreSchemas;
  chain: readonly Migration[];
}

function parseDoc(ctx: Context, path: string, bytes: Buffer): Record<string, unknown> {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as unknown;
    if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) return doc as Record<string, unknown>;
  } catch {
    // refused below
  }
  refuseBackup(ctx.name, `unparsable ${path}`);
}

function versionOf(ctx: Context, value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    refuseBackup(ctx.name, `schemaVersion ${where}`);
  if (value > ctx.schemas.version) throw new CareError('store.backupTooNew', { file: ctx.name });
  return value;
}

function migrated(ctx: Context, where: string, run: () => Record<string, unknown>): Record<string, unknown> {
  try {
    return run();
  } catch (error) {
    if (error instanceof CareError && error.code !== 'store.migrationMissing') throw error;
    refuseBackup(ctx.name, `migration ${where}`);
  }
}

/** core.json or a month file: migrated to the current version, then every record checked by its schema. */
function checkDocument(ctx: Context, path: string, bytes: Buffer): void {
  const doc = parseDoc(ctx, path, bytes);
  const version = versionOf(ctx, doc.schemaVersion, path);
  const { schemas, chain } = ctx;
  if (path === CORE_FILE) {
    const current =
      version < schemas.version ? migrated(ctx, path, () => migrateCore(doc, schemas.version, chain)) : doc;
    const check = checkCore(schemas, current);
    if (!check.ok) refuseBackup(ctx.name, `${path}: ${check.detail ?? ''}`);
    return;
  }
  const [, kind = '', periodFile = ''] = path.split('/');
  const current =
    version < schemas.version ? migrated(ctx, path, () => migrateShard(doc, schemas.version, chain)) : doc;
  const check = checkShard(schemas, current, kind, periodFile.slice(0, 7));
  if (!check.ok) refuseBackup(ctx.name, `${path}: ${check.detail ?? ''}`);
}

/** A core document of an older version holding just one changed part, for the migrations to carry forward. */
function coreAround(ctx: Context, version: number, key: string, value: unknown): Record<string, unknown> {
  const doc: Record<string, unknown> = { schemaVersion: version, appliedSeq: 0 };
  for (const name of Object.keys(ctx.schemas.collections)) doc[name] = [];
  doc[key] = value;
  return doc;
}

/**
 * One change of an audit entry: on open the store replays the log into the files
 * it names, so a change may only name a known file of the right shape and carry
 * a record its schema accepts (after migrating an entry from an older version).
 */
function checkChange(ctx: Context, entry: AuditEntry, change: Change, where: string): void {
  const { schemas, chain } = ctx;
  const version = versionOf(ctx, entry.schemaVersion, where);
  const bad = (detail: string): never => refuseBackup(ctx.name, `${where}: ${detail}`);
  if (typeof change !== 'object' || change === null) bad('change');
  const file: unknown = change.file;
  const fileName = JSON.stringify(file);
  switch (change.op) {
    case 'put': {
      const schema = schemaOf(schemas.collections, change.collection);
      if (file !== CORE_FILE || !schema) bad(`change of ${fileName}`);
      const doc =
        version < schemas.version
          ? migrated(ctx, where, () =>
              migrateCore(
                coreAround(ctx, version, change.collection, [change.record]),
                schemas.version,
                chain,
              ),
            )
          : { [change.collection]: [change.record] };
      const record = (doc[change.collection] as unknown[] | undefined)?.[0];
      const parsed = schema?.safeParse(record);
      if (!parsed?.success || typeof (parsed.data as { id?: unknown }).id !== 'string')
        bad(`record in ${change.collection}`);
      return;
    }
    case 'set': {
      const schema = schemaOf(schemas.singletons, change.singleton);
      if (file !== CORE_FILE || !schema) bad(`change of ${fileName}`);
      const doc =
        version < schemas.version
          ? migrated(ctx, where, () =>
              migrateCore(coreAround(ctx, version, change.singleton, change.value), schemas.version, chain),
            )
          : { [change.singleton]: change.value };
      if (!schema?.safeParse(doc[change.singleton]).success) bad(`value of ${change.singleton}`);
      return;
    }
    case 'putShard': {
      const schema = schemaOf(schemas.shardKinds, change.kind);
      const period = change.period;
      if (
        !schema ||
        typeof period !== 'string' ||
        !PERIOD_PATTERN.test(period) ||
        file !== shardFile(change.kind, period)
      )
        bad(`change of ${fileName}`);
      const doc =
        version < schemas.version
          ? migrated(ctx, where, () =>
              migrateShard(
                {
                  schemaVersion: version,
                  kind: change.kind,
                  period,
                  appliedSeq: 0,
                  records: [change.record],
                },
                schemas.version,
                chain,
              ),
            )
          : { records: [change.record] };
      const parsed = schema?.safeParse((doc.records as unknown[] | undefined)?.[0]);
      if (!parsed?.success || typeof (parsed.data as { id?: unknown }).id !== 'string')
        bad(`record in ${change.kind}`);
      if (schemas.recordPeriod && schemas.recordPeriod(change.kind, parsed?.data) !== period)
        bad(`record period in ${change.kind}`);
      return;
    }
    default:
      bad(`change of ${fileName}`);
  }
}

/**
 * Check a staged backup through before it may replace anything: every document
 * parses with its schema (after migration), every photo is an image by its
 * bytes, and the audit chain holds from its first entry with every change
 * naming a known file and carrying a valid record. Files are read one at a time.
 */
export async function validateStaged(
  fs: FileSystem,
  staging: string,
  files: readonly string[],
  options: {
    name: string;
    schemas: StoreSchemas;
    migrations: readonly Migration[];
    /** Photos already checked by their first bytes while they were streamed in. */
    photosChecked?: boolean;
  },
): Promise<void> {
  const ctx: Context = {
    fs,
    staging,
    name: options.name,
    schemas: options.schemas,
    chain: options.migrations,
  };
  if (!files.includes(CORE_FILE)) refuseBackup(ctx.name, `no ${CORE_FILE}`);
  const audits: string[] = [];
  for (const path of files) {
    if (path.startsWith('audit/')) {
      audits.push(path);
      continue;
    }
    if (isPhotoPath(path) && options.photosChecked) continue;
    const bytes = await fs.readFile(abs(staging, path));
    if (path === CREDENTIALS_FILE) {
      // Checked hash by hash (PasswordHashSchema): a restore must not leave accounts nobody can use.
      try {
        parseCredentials(bytes);
      } catch {
        refuseBackup(ctx.name, `${path}: invalid`);
      }
      continue;
    }
    if (isPhotoPath(path)) {
      const kind = imageKindOf(bytes);
      if (kind === null || !path.endsWith(`.${kind}`)) refuseBackup(ctx.name, `not an image ${path}`);
      continue;
    }
    checkDocument(ctx, path, bytes);
  }
  const walker = new ChainWalker();
  for (const path of audits.sort()) {
    const period = path.slice('audit/'.length, -'.jsonl'.length);
    const bytes = await fs.readFile(abs(staging, path));
    const content = { file: path, period, bytes, lines: bytes.toString('utf8').split('\n') };
    walker.feed(content, (entry) => {
      if (!Array.isArray(entry.changes)) refuseBackup(ctx.name, `${path}: seq ${entry.seq}`);
      entry.changes.forEach((change, index) =>
        checkChange(ctx, entry, change, `${path} seq ${entry.seq} change ${index + 1}`),
      );
    });
    if (walker.problem) refuseBackup(ctx.name, `${walker.problem.file}: seq ${walker.problem.seq}`);
  }
}
