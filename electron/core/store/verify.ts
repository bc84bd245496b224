import { checkChain, findTornTail, readAuditFiles } from './audit';
import { UnparsableFileError, parseJsonBytes } from './durable-file';
import { nodeFileSystem, readIfExists, type FileSystem } from './fs';
import { listShardFiles } from './load';
import { CORE_FILE, abs, shardFile } from './paths';
import { checkCore, checkShard, type StoreSchemas } from './schemas';
import type { CoreData, ShardData } from './types';

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

  const auditFiles = await readAuditFiles(fs, dir);
  const last = auditFiles.at(-1);
  const torn = last ? findTornTail(last) : null;
  if (last && torn)
    problems.push({ file: last.file, code: 'store.verify.tornTail', params: { file: last.file } });
  const chain = checkChain(auditFiles);
  if (
    chain.problem &&
    !(torn && chain.problem.file === last?.file && chain.problem.seq === chain.lastSeq + 1)
  ) {
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
    }
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

  const shards = new Map<string, ShardData>();
  const present = new Set<string>();
  for (const [kind, period] of await listShardFiles(fs, dir)) {
    const file = shardFile(kind, period);
    present.add(file);
    const parsed = await parseFile(fs, dir, file);
    if (!parsed) continue;
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    const version = versionProblem(file, parsed.doc, schemas.version);
    if (version) {
      problems.push(version);
      continue;
    }
    const check = checkShard(schemas, parsed.doc, kind, period);
    if (!check.ok || !check.doc) {
      problems.push({ file, code: 'store.verify.invalid', params: { file, detail: check.detail ?? '' } });
      continue;
    }
    shards.set(file, check.doc);
    checkSeq(file, check.doc.appliedSeq);
  }

  // Files first written by the last entry may legitimately be pending its replay on next open.
  const referenced = new Set(
    chain.entries.slice(0, -1).flatMap((entry) => entry.changes.map((change) => change.file)),
  );
  for (const file of referenced) {
    if (file !== CORE_FILE && !present.has(file))
      problems.push({ file, code: 'store.verify.missing', params: { file } });
  }

  if (core && options.extraChecks) {
    const loadShard: ShardLoader = (kind, period) =>
      Promise.resolve(shards.get(shardFile(kind, period)) ?? null);
    problems.push(...(await options.extraChecks(core, loadShard)));
  }
  return { ok: problems.length === 0, problems };
}
