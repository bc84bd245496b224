import { ChainWalker, findTornTail, listAuditPeriods, readAuditFile } from './audit';
import { isKnownChangeFile } from './change-check';
import { UnparsableFileError, parseJsonBytes } from './durable-file';
import { nodeFileSystem, readIfExists, type FileSystem } from './fs';
import { listShardFiles } from './load';
import { CORE_FILE, abs, shardFile } from './paths';
import { checkCore, checkShard, type StoreSchemas } from './schemas';
import type { CoreData, ShardData } from './types';
import { CREDENTIALS_FILE, parseCredentials } from './credentials-file';

export interface VerifyProblem {
  file: string;
  /** i18n code in the errors namespace, e.g. 'store.verify.brokenChain'. */
  code: string;
  params: Record<string, string | number>;
}

export interface VerifyResult {
  ok: boolean;
  problems: VerifyProblem[];
}

export type ShardLoader = (kind: string, period: string) => Promise<ShardData | null>;

export interface VerifyOptions {
  fs?: FileSystem;
  schemas?: StoreSchemas;
  /** Referential checks added by higher layers (no stay without a person, …). */
  extraChecks?: (core: CoreData, loadShard: ShardLoader) => Promise<VerifyProblem[]> | VerifyProblem[];
}

type Parsed = { ok: true; doc: unknown } | { ok: false; problem: VerifyProblem };

async function parseFile(fs: FileSystem, dir: string, file: string): Promise<Parsed | null> {
  const bytes = await readIfExists(fs, abs(dir, file));
  if (bytes === null) return null;
  try {
    return { ok: true, doc: parseJsonBytes(file, bytes) };
  } catch (error) {
    const problem = error instanceof UnparsableFileError ? error.problem : 'unparsable';
    return { ok: false, problem: { file, code: `store.verify.${problem}`, params: { file } } };
  }
}

function versionProblem(file: string, doc: unknown, current: number): VerifyProblem | null {
  const version = (doc as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'number')
    return { file, code: 'store.verify.invalid', params: { file, detail: 'schemaVersion' } };
  if (version > current) return { file, code: 'store.verify.newerVersion', params: { file, version } };
  if (version < current) return { file, code: 'store.verify.needsMigration', params: { file, version } };
  return null;
}

/**
 * Check a data folder without changing it: every file parses and validates,
 * the audit hash chain holds across months, no file claims a later mutation
 * than the log holds, and every file the log wrote still exists.
 */
export async function verifyStore(dir: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const fs = options.fs ?? nodeFileSystem;
  const schemas = options.schemas ?? (await import('./default-schemas')).defaultSchemas;
  const problems: VerifyProblem[] = [];

  // One month at a time: only the chain's head and the names of files written are kept.
  const chain = new ChainWalker();
  const referenced = new Set<string>();
  let lastEntryFiles: string[] = [];
  // Per file, the last two entries that touched it: a file must have applied the last one, or at
  // least the one before when the last is the log's newest (its replay then waits for the next open).
  const touched = new Map<string, { last: number; before: number }>();
  const periods = await listAuditPeriods(fs, dir);
  for (const [index, period] of periods.entries()) {
    const content = await readAuditFile(fs, dir, period);
    const torn = index === periods.length - 1 ? findTornTail(content) : null;
    if (torn) {
      problems.push({ file: content.file, code: 'store.verify.tornTail', params: { file: content.file } });
      content.lines = content.bytes.subarray(0, torn.goodLength).toString('utf8').split('\n');
    }
    const intact = chain.feed(content, (entry) => {
      for (const file of lastEntryFiles) referenced.add(file);
      lastEntryFiles = entry.changes.map((change) => change.file);
      const unsafe = entry.changes.find((change) => !isKnownChangeFile(change));
      if (unsafe !== undefined) {
        const target = String((unsafe as { file?: unknown }).file).slice(0, 200);
        problems.push({
          file: content.file,
          code: 'store.verify.unsafeChange',
          params: { file: content.file, seq: entry.seq, target },
        });
      }
      for (const file of new Set(lastEntryFiles)) {
        touched.set(file, { last: entry.seq, before: touched.get(file)?.last ?? 0 });
      }
    });
    if (!intact) break;
  }
  if (chain.problem) {
    const { file, seq, detail } = chain.problem;
    problems.push({ file, code: 'store.verify.brokenChain', params: { file, seq, detail } });
  }

  const checkSeq = (file: string, appliedSeq: number): void => {
    if (appliedSeq > chain.lastSeq) {
      problems.push({
        file,
        code: 'store.verify.appliedAhead',
        params: { file, appliedSeq, lastSeq: chain.lastSeq },
      });
      return;
    }
    const seen = chain.problem ? undefined : touched.get(file);
    if (!seen || appliedSeq >= seen.last) return;
    if (seen.last === chain.lastSeq && appliedSeq >= seen.before) return; // pending replay of the newest entry
    problems.push({ file, code: 'store.verify.behind', params: { file, appliedSeq, lastSeq: seen.last } });
  };

  let core: CoreData | null = null;
  const coreParsed = await parseFile(fs, dir, CORE_FILE);
  if (coreParsed === null) {
    if (chain.lastSeq > 0)
      problems.push({ file: CORE_FILE, code: 'store.verify.missing', params: { file: CORE_FILE } });
  } else if (!coreParsed.ok) problems.push(coreParsed.problem);
  else {
    const version = versionProblem(CORE_FILE, coreParsed.doc, schemas.version);
    const check = version ? null : checkCore(schemas, coreParsed.doc);
    if (version) problems.push(version);
    else if (!check?.ok || !check.doc) {
      problems.push({
        file: CORE_FILE,
        code: 'store.verify.invalid',
        params: { file: CORE_FILE, detail: check?.detail ?? '' },
      });
    } else {
      core = check.doc;
      checkSeq(CORE_FILE, core.appliedSeq);
    }
  }

  const present = new Set<string>();
  const loadChecked = async (kind: string, period: string): Promise<ShardData | null> => {
    const file = shardFile(kind, period);
    const parsed = await parseFile(fs, dir, file);
    if (!parsed) return null;
    if (!parsed.ok) {
      problems.push(parsed.problem);
      return null;
    }
    const version = versionProblem(file, parsed.doc, schemas.version);
    if (version) {
      problems.push(version);
      return null;
    }
    const check = checkShard(schemas, parsed.doc, kind, period);
    if (!check.ok || !check.doc) {
      problems.push({ file, code: 'store.verify.invalid', params: { file, detail: check.detail ?? '' } });
      return null;
    }
    return check.doc;
  };
  // Month files are checked one by one and not kept: ten years of them do not fit comfortably in memory.
  const good = new Set<string>();
  for (const [kind, period] of await listShardFiles(fs, dir)) {
    const file = shardFile(kind, period);
    present.add(file);
    const doc = await loadChecked(kind, period);
    if (!doc) continue;
    good.add(file);
    checkSeq(file, doc.appliedSeq);
  }

  // Files first written by the last entry may legitimately be pending its replay on next open.
  for (const file of referenced) {
    if (file !== CORE_FILE && !present.has(file))
      problems.push({ file, code: 'store.verify.missing', params: { file } });
  }

  problems.push(...(await checkCredentials(fs, dir, core)));

  if (core && options.extraChecks) {
    // Read again on demand (already checked above); a file that failed its check is not offered.
    const loadShard: ShardLoader = async (kind, period) => {
      if (!good.has(shardFile(kind, period))) return null;
      const parsed = await parseFile(fs, dir, shardFile(kind, period));
      return parsed?.ok ? (checkShard(schemas, parsed.doc, kind, period).doc ?? null) : null;
    };
    problems.push(...(await options.extraChecks(core, loadShard)));
  }
  return { ok: problems.length === 0, problems };
}

/** credentials.json parses hash by hash, and every hash belongs to an account that exists. */
async function checkCredentials(
  fs: FileSystem,
  dir: string,
  core: CoreData | null,
): Promise<VerifyProblem[]> {
  const bytes = await readIfExists(fs, abs(dir, CREDENTIALS_FILE));
  if (bytes === null) return [];
  const file = CREDENTIALS_FILE;
  let hashes: string[];
  try {
    hashes = Object.keys(parseCredentials(bytes).hashes);
  } catch {
    return [{ file, code: 'store.verify.unparsable', params: { file } }];
  }
  if (!core) return [];
  const users = Array.isArray(core.users) ? (core.users as { id?: unknown }[]) : [];
  const known = new Set(users.map((u) => u.id));
  return hashes
    .filter((id) => !known.has(id))
    .map((id) => ({ file, code: 'store.verify.credentialsOrphan', params: { file, id } }));
}
