import { type AuditFileContent, checkChain, findTornTail, listAuditPeriods, readAuditFiles } from './audit';
import { coreState, shardState, type CoreState, type ShardState } from './docs';
import { UnparsableFileError, isTempName, parseJsonBytes, writeDocument } from './durable-file';
import {
  ensureDir,
  errnoOf,
  isNotFound,
  listIfExists,
  readIfExists,
  unlinkIfExists,
  type FileSystem,
} from './fs';
import { migrateCore, migrateShard, type Migration } from './migrations/index';
import {
  AUDIT_DIR,
  BACKUPS_DIR,
  CORE_FILE,
  PERIOD_PATTERN,
  QUARANTINE_DIR,
  RECORDS_DIR,
  abs,
  monthOf,
  shardFile,
} from './paths';
import { replayBehind, unsafeEntry, type LogWindow } from './replay';
import { copyToQuarantine, moveToQuarantine, quarantinedOriginal } from './quarantine';
import { checkCore, checkShard, emptyCoreDoc, emptyShard, type StoreSchemas } from './schemas';
import type { CoreData, FileProblem } from './types';

export interface LoadContext {
  fs: FileSystem;
  dir: string;
  schemas: StoreSchemas;
  now: () => Date;
  migrations: readonly Migration[];
  /** Called once before any file is migrated (takes the 'before-migration' backup). */
  beforeMigration: () => Promise<void>;
  /**
   * A restore's swap is unfinished: the folder mixes restored files with the ones they replace,
   * so the log is not replayed onto them (that would write a mix into the restored files).
   */
  swapPending?: boolean;
}

export interface LoadedData {
  core: CoreState;
  shards: Map<string, ShardState>;
  lastSeq: number;
  lastHash: string;
  lastAuditPeriod: string | null;
  problems: FileProblem[];
}

type ShardRead = { state: ShardState } | { problem: FileProblem };

function versionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

async function quarantined(
  ctx: LoadContext,
  file: string,
  problem: FileProblem['problem'],
  detail?: string,
): Promise<FileProblem> {
  const moved = await moveToQuarantine(ctx.fs, ctx.dir, file, ctx.now());
  return { file, problem, quarantined: moved, ...(detail ? { detail } : {}) };
}

/** Read, version-check, migrate (in memory) and validate one monthly shard. A missing shard is empty. */
export async function readShard(ctx: LoadContext, kind: string, period: string): Promise<ShardRead> {
  const file = shardFile(kind, period);
  const bytes = await readIfExists(ctx.fs, abs(ctx.dir, file));
  if (bytes === null) return { state: shardState(emptyShard(ctx.schemas, kind, period)) };
  let raw: unknown;
  try {
    raw = parseJsonBytes(file, bytes);
  } catch (error) {
    if (error instanceof UnparsableFileError) return { problem: await quarantined(ctx, file, error.problem) };
    throw error;
  }
  const version = versionOf(raw);
  if (version !== null && version > ctx.schemas.version)
    return { problem: { file, problem: 'newerVersion' } };
  if (version !== null && version < ctx.schemas.version) {
    try {
      raw = migrateShard(raw as Record<string, unknown>, ctx.schemas.version, ctx.migrations);
    } catch {
      return { problem: { file, problem: 'migrationFailed' } };
    }
  }
  const check =
    version === null ? { ok: false, detail: 'schemaVersion' } : checkShard(ctx.schemas, raw, kind, period);
  if (!check.ok || !('doc' in check) || !check.doc)
    return { problem: await quarantined(ctx, file, 'invalid', check.detail) };
  return { state: shardState(check.doc) };
}

/** Temp files left by a crash are never the only copy of anything: the rename had not happened. */
async function removeStaleTemps(ctx: LoadContext): Promise<void> {
  const folders = [ctx.dir, abs(ctx.dir, AUDIT_DIR), abs(ctx.dir, BACKUPS_DIR), abs(ctx.dir, QUARANTINE_DIR)];
  for (const kind of await listIfExists(ctx.fs, abs(ctx.dir, RECORDS_DIR)))
    folders.push(abs(ctx.dir, `${RECORDS_DIR}/${kind}`));
  for (const folder of folders) {
    for (const name of await listIfExists(ctx.fs, folder)) {
      if (isTempName(name)) await unlinkIfExists(ctx.fs, `${folder}/${name}`).catch(() => undefined);
    }
  }
}

/** Every shard file on disk, as [kind, period]. */
export async function listShardFiles(fs: FileSystem, dir: string): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const kind of (await listIfExists(fs, abs(dir, RECORDS_DIR))).sort()) {
    if (kind.startsWith('.')) continue;
    let names: string[];
    try {
      names = await fs.readdir(abs(dir, `${RECORDS_DIR}/${kind}`));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const period = name.slice(0, -'.json'.length);
      if (name.endsWith('.json') && PERIOD_PATTERN.test(period)) out.push([kind, period]);
    }
  }
  return out;
}

/** Drop an unacknowledged, half-written last audit line, keeping its bytes in quarantine. */
async function repairTornTail(ctx: LoadContext, files: AuditFileContent[]): Promise<AuditFileContent[]> {
  const last = files.at(-1);
  if (!last) return files;
  const torn = findTornTail(last);
  if (!torn) return files;
  await copyToQuarantine(ctx.fs, ctx.dir, last.file, ctx.now(), torn.torn, '.torn');
  const handle = await ctx.fs.open(abs(ctx.dir, last.file), 'r+');
  try {
    await handle.truncate(torn.goodLength);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return readAuditFiles(ctx.fs, ctx.dir, { recent: OPEN_AUDIT_MONTHS });
}

/** Bring every file to the current version after a backup; shards first so a crash leaves core old and the run repeats. */
async function migrateAll(ctx: LoadContext): Promise<void> {
  for (const [kind, period] of await listShardFiles(ctx.fs, ctx.dir)) {
    const file = abs(ctx.dir, shardFile(kind, period));
    let raw: unknown;
    try {
      raw = parseJsonBytes(file, await ctx.fs.readFile(file));
    } catch {
      continue; // left for the shard loader to quarantine and report
    }
    const version = versionOf(raw);
    if (version === null || version >= ctx.schemas.version) continue;
    const migrated = migrateShard(raw as Record<string, unknown>, ctx.schemas.version, ctx.migrations);
    const check = checkShard(ctx.schemas, migrated, kind, period);
    if (check.ok && check.doc) await writeDocument(ctx.fs, file, check.doc);
  }
}

async function loadCore(
  ctx: LoadContext,
  hasHistory: boolean,
  problems: FileProblem[],
): Promise<CoreData | null> {
  const path = abs(ctx.dir, CORE_FILE);
  const bytes = await readIfExists(ctx.fs, path);
  if (bytes === null) {
    if (hasHistory) {
      problems.push({ file: CORE_FILE, problem: 'missing' });
      return null;
    }
    const fresh = emptyCoreDoc(ctx.schemas, ctx.now());
    await writeDocument(ctx.fs, path, fresh);
    return fresh;
  }
  let raw: unknown;
  try {
    raw = parseJsonBytes(CORE_FILE, bytes);
  } catch (error) {
    if (!(error instanceof UnparsableFileError)) throw error;
    problems.push(await quarantined(ctx, CORE_FILE, error.problem));
    return null;
  }
  const version = versionOf(raw);
  if (version !== null && version > ctx.schemas.version) {
    problems.push({ file: CORE_FILE, problem: 'newerVersion' });
    return null;
  }
  if (version !== null && version < ctx.schemas.version) {
    let migrated: Record<string, unknown>;
    try {
      migrated = migrateCore(raw as Record<string, unknown>, ctx.schemas.version, ctx.migrations);
    } catch {
      problems.push({ file: CORE_FILE, problem: 'migrationFailed' });
      return null;
    }
    const check = checkCore(ctx.schemas, migrated);
    if (!check.ok || !check.doc) {
      problems.push({
        file: CORE_FILE,
        problem: 'migrationFailed',
        ...(check.detail ? { detail: check.detail } : {}),
      });
      return null;
    }
    try {
      await ctx.beforeMigration();
    } catch (error) {
      // No upgrade on disk without a backup of the old files (full disk, backups/ not writable); but
      // staff still need to read their records: shown migrated in memory, read-only, until a start
      // at which the backup can be written.
      problems.push({ file: CORE_FILE, problem: 'migrationPostponed', detail: errnoOf(error) ?? 'unknown' });
      return check.doc;
    }
    await migrateAll(ctx);
    await writeDocument(ctx.fs, path, check.doc);
    return check.doc;
  }
  const check =
    version === null ? { ok: false, detail: 'schemaVersion', doc: undefined } : checkCore(ctx.schemas, raw);
  if (!check.ok || !check.doc) {
    problems.push(await quarantined(ctx, CORE_FILE, 'invalid', check.detail));
    return null;
  }
  return check.doc;
}

async function exists(fs: FileSystem, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/**
 * Months of audit log read at open: the current one (whose last entry may need
 * replaying) and the one before, whose last entry anchors the current month's chain.
 * Older months are checked by `verify`; reading them all here made opening ten
 * years of history take seconds and hundreds of megabytes.
 */
const OPEN_AUDIT_MONTHS = 2;

/** Of the previous month only its last entry is checked: it anchors the current month's first link. */
function lastLineOfAllButCurrent(
  content: AuditFileContent,
  index: number,
  all: AuditFileContent[],
): AuditFileContent {
  if (index === all.length - 1) return content;
  const lines = content.lines.filter((line) => line !== '');
  return { ...content, lines: lines.slice(-1) };
}

/**
 * Data files moved to quarantine earlier and not restored since. A quarantined
 * file is lost data until a backup is restored: the folder must stay read-only
 * rather than silently start an empty file in its place.
 */
async function unrestoredQuarantine(ctx: LoadContext): Promise<string[]> {
  const out: string[] = [];
  for (const name of await listIfExists(ctx.fs, abs(ctx.dir, QUARANTINE_DIR))) {
    const original = quarantinedOriginal(name);
    if (original && !(await exists(ctx.fs, abs(ctx.dir, original)))) out.push(original);
  }
  return out;
}

/** The log from `seq` on, reading older months back as far as needed (after lost writes only). */
async function readLogFrom(
  ctx: LoadContext,
  seq: number,
  allPeriods: readonly string[],
): Promise<LogWindow | { problem: FileProblem }> {
  for (let months = OPEN_AUDIT_MONTHS; ; months++) {
    const everything = months >= allPeriods.length;
    const chain = checkChain(await readAuditFiles(ctx.fs, ctx.dir, { recent: months }), {
      trustFirst: !everything,
    });
    if (chain.problem) {
      const { file, seq: at, detail } = chain.problem;
      return { problem: { file, problem: 'brokenChain', detail: `seq ${at}: ${detail}` } };
    }
    if ((chain.entries[0]?.seq ?? 1) <= seq || everything) {
      const from = Math.max(
        0,
        chain.entries.findIndex((entry) => entry.seq >= seq),
      );
      return { entries: chain.entries.slice(from), entryFiles: chain.entryFiles.slice(from) };
    }
  }
}

/** Open-time loading: audit repair and check, core, replay, current shards, consistency checks. */
export async function loadData(ctx: LoadContext): Promise<LoadedData> {
  for (const folder of [RECORDS_DIR, AUDIT_DIR, BACKUPS_DIR, QUARANTINE_DIR])
    await ensureDir(ctx.fs, abs(ctx.dir, folder));
  await removeStaleTemps(ctx);
  const problems: FileProblem[] = [];

  const allPeriods = await listAuditPeriods(ctx.fs, ctx.dir);
  const auditFiles = await repairTornTail(
    ctx,
    await readAuditFiles(ctx.fs, ctx.dir, { recent: OPEN_AUDIT_MONTHS }),
  );
  const chain = checkChain(auditFiles.map(lastLineOfAllButCurrent), {
    trustFirst: allPeriods.length > 1,
  });
  if (chain.problem) {
    const copy = await copyToQuarantine(ctx.fs, ctx.dir, chain.problem.file, ctx.now());
    problems.push({
      file: chain.problem.file,
      problem: 'brokenChain',
      quarantined: copy,
      detail: `seq ${chain.problem.seq}: ${chain.problem.detail}`,
    });
  }

  // A log naming a file the store never writes was not written by the store: nothing of it is
  // replayed, and its paths are not even looked at.
  const unsafe = chain.problem ? null : unsafeEntry(ctx.schemas, chain);
  if (unsafe) problems.push(unsafe);
  const trusted = unsafe ? [] : chain.entries;

  const coreDoc = await loadCore(ctx, chain.lastSeq > 0 || chain.problem !== null, problems);
  const collections = Object.keys(ctx.schemas.collections);
  const core = coreState(coreDoc ?? emptyCoreDoc(ctx.schemas, ctx.now()), collections);
  const shards = new Map<string, ShardState>();

  // A file the audit says was written earlier but that is gone (e.g. moved to quarantine) is lost
  // data; it must not be recreated by the replay below. Only the last entry may create a file.
  const writtenBefore = new Set(
    trusted.slice(0, -1).flatMap((entry) => entry.changes.map((change) => change.file)),
  );
  for (const file of await unrestoredQuarantine(ctx)) writtenBefore.add(file);
  for (const file of writtenBefore) {
    if (file === CORE_FILE || problems.some((p) => p.file === file)) continue;
    if (!(await exists(ctx.fs, abs(ctx.dir, file)))) problems.push({ file, problem: 'missing' });
  }

  const lastEntry = chain.entries.at(-1);
  const postponed = problems.some((p) => p.problem === 'migrationPostponed');
  if (coreDoc && lastEntry && !chain.problem && !unsafe && !postponed && ctx.swapPending !== true) {
    problems.push(
      ...(await replayBehind({
        ...ctx,
        log: chain,
        core,
        shards,
        skip: new Set(problems.map((p) => p.file)),
        loadShard: (kind, period) => readShard(ctx, kind, period),
        readFrom: (seq) => readLogFrom(ctx, seq, allPeriods),
      })),
    );
  }

  const period = monthOf(ctx.now());
  for (const kind of Object.keys(ctx.schemas.shardKinds)) {
    const file = shardFile(kind, period);
    if (shards.has(file)) continue;
    const read = await readShard(ctx, kind, period);
    if ('problem' in read) problems.push(read.problem);
    else shards.set(file, read.state);
  }

  // After a refused replay the files it would have created are not missing: they were never due.
  const refused = problems.some((p) => p.problem === 'unsafeChange');
  const referenced = new Set(refused ? [] : trusted.at(-1)?.changes.map((change) => change.file));
  for (const file of referenced) {
    if (problems.some((p) => p.file === file)) continue;
    if (file !== CORE_FILE && !(await exists(ctx.fs, abs(ctx.dir, file))))
      problems.push({ file, problem: 'missing' });
  }

  const lastAudit = auditFiles.at(-1)?.file ?? AUDIT_DIR;
  if (!chain.problem) {
    const ahead = [
      ...(coreDoc ? [core.doc.appliedSeq] : []),
      ...[...shards.values()].map((s) => s.doc.appliedSeq),
    ];
    if (ahead.some((seq) => seq > chain.lastSeq)) {
      // Files remember a later mutation than the log holds: audit lines were removed.
      const copy =
        auditFiles.length > 0 ? await copyToQuarantine(ctx.fs, ctx.dir, lastAudit, ctx.now()) : undefined;
      problems.push({ file: lastAudit, problem: 'appliedAhead', ...(copy ? { quarantined: copy } : {}) });
    }
  }

  return {
    core,
    shards,
    lastSeq: chain.lastSeq,
    lastHash: chain.lastHash,
    lastAuditPeriod: chain.lastPeriod,
    problems,
  };
}
