import { checkEntry, placementProblem } from './change-check';
import { applyToCore, applyToShard, swapCore, swapShard, type CoreState, type ShardState } from './docs';
import { writeDocument } from './durable-file';
import { ensureDir, type FileSystem } from './fs';
import type { Migration } from './migrations/index';
import { CORE_FILE, RECORDS_DIR, abs } from './paths';
import type { StoreSchemas } from './schemas';
import type { AuditEntry, Change, FileProblem } from './types';

/** Audit entries in order, each with the audit file it was read from. */
export interface LogWindow {
  entries: AuditEntry[];
  entryFiles: string[];
}

export interface ReplayInput {
  fs: FileSystem;
  dir: string;
  schemas: StoreSchemas;
  migrations: readonly Migration[];
  log: LogWindow;
  core: CoreState;
  shards: Map<string, ShardState>;
  /** Files with a problem already (quarantined, missing): never touched. */
  skip: ReadonlySet<string>;
  loadShard(kind: string, period: string): Promise<{ state: ShardState } | { problem: FileProblem }>;
  /** The log from `seq` on (reading older months), when the entries read at open do not reach back so far. */
  readFrom(seq: number): Promise<LogWindow | { problem: FileProblem }>;
}

function groupByFile(changes: readonly Change[]): Map<string, Change[]> {
  const out = new Map<string, Change[]>();
  for (const change of changes) out.set(change.file, [...(out.get(change.file) ?? []), change]);
  return out;
}

/** A change placed where the store would never put it: the log was not written by the store. */
export function unsafeEntry(schemas: StoreSchemas, log: LogWindow): FileProblem | null {
  for (const [index, entry] of log.entries.entries()) {
    for (const change of entry.changes) {
      const problem = placementProblem(schemas, entry, change);
      if (problem !== null) {
        return {
          file: log.entryFiles[index] ?? CORE_FILE,
          problem: 'unsafeChange',
          detail: `seq ${entry.seq}: ${problem}`,
        };
      }
    }
  }
  return null;
}

/** The loaded state of every month file the log touches (loaded on demand), or the problem found in it. */
async function statesFor(input: ReplayInput, log: LogWindow, problems: FileProblem[]): Promise<Set<string>> {
  const skip = new Set(input.skip);
  for (const entry of log.entries) {
    for (const change of entry.changes) {
      if (change.file === CORE_FILE || skip.has(change.file) || input.shards.has(change.file)) continue;
      if (change.op !== 'putShard') continue;
      const read = await input.loadShard(change.kind, change.period);
      if ('problem' in read) {
        problems.push(read.problem);
        skip.add(change.file);
      } else input.shards.set(change.file, read.state);
    }
  }
  return skip;
}

function appliedSeqOf(input: ReplayInput, file: string): number | undefined {
  return file === CORE_FILE ? input.core.doc.appliedSeq : input.shards.get(file)?.doc.appliedSeq;
}

/**
 * The first seq some file lacks, or null when every file is up to date. A month
 * file that does not exist yet starts with the entries read here: had an earlier
 * entry written it, loading would already have reported it missing.
 */
function firstMissing(input: ReplayInput, log: LogWindow, skip: ReadonlySet<string>): number | null {
  let first: number | null = null;
  for (const entry of log.entries) {
    for (const file of new Set(entry.changes.map((change) => change.file))) {
      const applied = skip.has(file) ? undefined : appliedSeqOf(input, file);
      if (applied === undefined || applied >= entry.seq) continue;
      first = Math.min(first ?? Infinity, applied === 0 ? entry.seq : applied + 1);
    }
  }
  return first;
}

function copyCore(state: CoreState): CoreState {
  return { doc: state.doc, index: new Map([...state.index].map(([name, ids]) => [name, new Map(ids)])) };
}

function copyShard(state: ShardState): ShardState {
  return { doc: state.doc, index: new Map(state.index) };
}

/**
 * The write-ahead step. Every logged change reaches its file before it is
 * acknowledged, but a power cut may still lose the renames that put them there
 * (one or several, where the folder fsync is not honoured). Each file is brought
 * forward by replaying, in order, every entry after its own `appliedSeq`; the
 * changes are upserts, so a repeat is harmless. Every change replayed is checked
 * first: one that names a foreign file or carries an invalid record makes the
 * whole replay refuse, and nothing is written.
 */
export async function replayBehind(input: ReplayInput): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  let log = input.log;
  let skip = await statesFor(input, log, problems);
  const first = firstMissing(input, log, skip);
  if (first === null) return problems;
  if (first < (log.entries[0]?.seq ?? 1)) {
    const older = await input.readFrom(first);
    if ('problem' in older) return [...problems, older.problem];
    const unsafe = unsafeEntry(input.schemas, older);
    if (unsafe) return [...problems, unsafe];
    log = older;
    skip = await statesFor(input, log, problems);
  }

  // Work on copies: memory changes only once every entry has passed its check.
  const core = copyCore(input.core);
  const shards = new Map<string, ShardState>();
  const dirty = new Set<string>();
  for (const [index, entry] of log.entries.entries()) {
    const files = groupByFile(entry.changes);
    const behind = [...files.keys()].filter((file) => {
      if (skip.has(file)) return false;
      const state = file === CORE_FILE ? core : (shards.get(file) ?? input.shards.get(file));
      return state !== undefined && state.doc.appliedSeq < entry.seq;
    });
    if (behind.length === 0) continue;
    const refuse = (detail: string): FileProblem[] => [
      ...problems,
      {
        file: log.entryFiles[index] ?? CORE_FILE,
        problem: 'unsafeChange',
        detail: `seq ${entry.seq}: ${detail}`,
      },
    ];
    const checked = checkEntry(input.schemas, input.migrations, entry);
    if (!checked.ok) return refuse(checked.detail);
    const byFile = groupByFile(checked.changes);
    try {
      for (const file of behind) {
        const changes = byFile.get(file) ?? [];
        if (file === CORE_FILE) swapCore(core, applyToCore(core, changes, entry.seq));
        else {
          const original = input.shards.get(file);
          if (!original) continue;
          const state = shards.get(file) ?? copyShard(original);
          swapShard(state, applyToShard(state, changes, entry.seq));
          shards.set(file, state);
        }
        dirty.add(file);
      }
    } catch (error) {
      // e.g. an entry that un-voids a record: the store itself never logs one.
      return refuse(error instanceof Error ? error.message.slice(0, 200) : 'apply');
    }
  }

  // Month files first, core last: a crash in between leaves core behind, and the next open repeats.
  for (const [file, state] of shards) {
    if (!dirty.has(file)) continue;
    await ensureDir(input.fs, abs(input.dir, `${RECORDS_DIR}/${state.doc.kind}`));
    await writeDocument(input.fs, abs(input.dir, file), state.doc);
    input.shards.set(file, state);
  }
  if (dirty.has(CORE_FILE)) {
    await writeDocument(input.fs, abs(input.dir, CORE_FILE), core.doc);
    input.core.doc = core.doc;
    input.core.index = core.index;
  }
  return problems;
}
