import { dirname } from 'node:path';
import { canonicalJson, sha256 } from './canonical';
import { isNotFound, listIfExists, readIfExists, unlinkIfExists, type FileSystem } from './fs';
import { AUDIT_DIR, PERIOD_PATTERN, abs, auditFile } from './paths';
import type { AuditEntry } from './types';

/** The chain starts from a fixed value so the first entry is hashed like any other. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditBody = Omit<AuditEntry, 'hash' | 'prev'>;

export function hashEntry(prev: string, body: AuditBody): string {
  const { seq, at, actor, actorName, action, summary, schemaVersion, changes } = body;
  // actorName joined the entry with accounts: hashed when present, so entries written
  // before it (without the field) still verify exactly as they were sealed.
  const named = actorName === undefined ? {} : { actorName };
  return sha256(prev + canonicalJson({ seq, at, actor, ...named, action, summary, schemaVersion, changes }));
}

export function sealEntry(prev: string, body: AuditBody): AuditEntry {
  return { ...body, prev, hash: hashEntry(prev, body) };
}

export interface AuditFileContent {
  /** Relative path, e.g. 'audit/2026-11.jsonl'. */
  file: string;
  period: string;
  bytes: Buffer;
  lines: string[];
}

/** Audit month files in chronological order. */
export async function listAuditPeriods(fs: FileSystem, dir: string): Promise<string[]> {
  const names = await listIfExists(fs, abs(dir, AUDIT_DIR));
  return names
    .filter((name) => name.endsWith('.jsonl') && PERIOD_PATTERN.test(name.slice(0, -'.jsonl'.length)))
    .map((name) => name.slice(0, -'.jsonl'.length))
    .sort();
}

export async function readAuditFile(fs: FileSystem, dir: string, period: string): Promise<AuditFileContent> {
  const file = auditFile(period);
  const bytes = (await readIfExists(fs, abs(dir, file))) ?? Buffer.alloc(0);
  return { file, period, bytes, lines: bytes.toString('utf8').split('\n') };
}

/**
 * Audit month files in order; with `recent`, only the newest that many. Opening
 * reads just the last two months (enough to replay and to check the link into
 * the current month); `verify` walks every month, one at a time.
 */
export async function readAuditFiles(
  fs: FileSystem,
  dir: string,
  options: { recent?: number } = {},
): Promise<AuditFileContent[]> {
  const periods = await listAuditPeriods(fs, dir);
  const wanted = options.recent === undefined ? periods : periods.slice(-options.recent);
  const out: AuditFileContent[] = [];
  for (const period of wanted) out.push(await readAuditFile(fs, dir, period));
  return out;
}

/**
 * A crash while appending leaves an incomplete last line: the mutation it
 * belonged to was never acknowledged. Answer how many bytes of the last file
 * are good and which bytes are torn, or null when the tail is clean.
 */
export function findTornTail(last: AuditFileContent): { goodLength: number; torn: Buffer } | null {
  const { bytes } = last;
  if (bytes.length === 0) return null;
  let end = bytes.length;
  if (bytes[end - 1] !== 0x0a) {
    const lastNewline = bytes.lastIndexOf(0x0a);
    return { goodLength: lastNewline + 1, torn: bytes.subarray(lastNewline + 1) };
  }
  end -= 1;
  const previousNewline = bytes.lastIndexOf(0x0a, end - 1);
  const lastLine = bytes.subarray(previousNewline + 1, end).toString('utf8');
  try {
    JSON.parse(lastLine);
    return null;
  } catch {
    return { goodLength: previousNewline + 1, torn: bytes.subarray(previousNewline + 1) };
  }
}

export interface ChainProblem {
  file: string;
  seq: number;
  detail: string;
}

export interface ChainResult {
  entries: AuditEntry[];
  /** The audit file each entry came from, index for index. */
  entryFiles: string[];
  lastSeq: number;
  lastHash: string;
  lastPeriod: string | null;
  problem: ChainProblem | null;
}

function isEntry(value: unknown): value is AuditEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.seq === 'number' &&
    typeof e.at === 'string' &&
    typeof e.prev === 'string' &&
    typeof e.hash === 'string' &&
    Array.isArray(e.changes)
  );
}

/**
 * Checks seq continuity, prev links and hashes one month at a time, keeping only
 * the last seq and hash, so that even years of history are walked in bounded
 * memory. With `trustFirst` the walk starts from the first entry it is fed (its
 * own hash is still checked): used when older months are deliberately not read.
 */
export class ChainWalker {
  lastSeq = 0;
  lastHash = GENESIS_HASH;
  lastPeriod: string | null = null;
  problem: ChainProblem | null = null;
  private anchored: boolean;

  constructor(options: { trustFirst?: boolean } = {}) {
    this.anchored = !options.trustFirst;
  }

  /** Feed one month in order; `onEntry` sees each good entry. Answers false once the chain is broken. */
  feed(content: AuditFileContent, onEntry?: (entry: AuditEntry) => void): boolean {
    if (this.problem) return false;
    this.lastPeriod = content.period;
    const lines = content.lines.at(-1) === '' ? content.lines.slice(0, -1) : content.lines;
    for (const line of lines) {
      const fail = (detail: string): boolean => {
        this.problem = { file: content.file, seq: this.lastSeq + 1, detail };
        return false;
      };
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        return fail('unparsable');
      }
      if (!isEntry(parsed)) return fail('shape');
      if (!this.anchored) {
        this.anchored = true;
        this.lastSeq = parsed.seq - 1;
        this.lastHash = parsed.prev;
      }
      if (parsed.seq !== this.lastSeq + 1) return fail('seq');
      if (parsed.prev !== this.lastHash) return fail('prev');
      if (hashEntry(parsed.prev, parsed) !== parsed.hash) return fail('hash');
      onEntry?.(parsed);
      this.lastSeq = parsed.seq;
      this.lastHash = parsed.hash;
    }
    return true;
  }
}

/** Walk the given months in order and keep their entries (for the few months read at open). */
export function checkChain(
  files: readonly AuditFileContent[],
  options: { trustFirst?: boolean } = {},
): ChainResult {
  const walker = new ChainWalker(options);
  const entries: AuditEntry[] = [];
  const entryFiles: string[] = [];
  for (const content of files) {
    const intact = walker.feed(content, (entry) => {
      entries.push(entry);
      entryFiles.push(content.file);
    });
    if (!intact) break;
  }
  const { lastSeq, lastHash, lastPeriod, problem } = walker;
  return { entries, entryFiles, lastSeq, lastHash, lastPeriod, problem };
}

export interface AppendReceipt {
  path: string;
  oldLength: number;
  existed: boolean;
}

/** Note the audit file's length before appending, so a failed mutation can be cut back exactly. */
export async function auditReceipt(fs: FileSystem, dir: string, period: string): Promise<AppendReceipt> {
  const path = abs(dir, auditFile(period));
  try {
    return { path, oldLength: (await fs.stat(path)).size, existed: true };
  } catch (error) {
    // Only a file that is really absent may be removed on undo; any other failure to look
    // at it (permissions, I/O) must stop the mutation before the log is touched.
    if (isNotFound(error)) return { path, oldLength: 0, existed: false };
    throw error;
  }
}

/** Append one entry as a line and fsync it: this is the write-ahead record. The caller undoes on failure. */
export async function appendEntry(fs: FileSystem, receipt: AppendReceipt, entry: AuditEntry): Promise<void> {
  const handle = await fs.open(receipt.path, 'a');
  try {
    await handle.write(`${JSON.stringify(entry)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (!receipt.existed) await fs.syncDir(dirname(receipt.path));
}

/** Cut the audit file back to its length before the append (or remove it if the append created it). */
export async function undoAppend(fs: FileSystem, receipt: AppendReceipt): Promise<void> {
  if (!receipt.existed) {
    await unlinkIfExists(fs, receipt.path);
    return;
  }
  const handle = await fs.open(receipt.path, 'r+');
  try {
    await handle.truncate(receipt.oldLength);
    // Best effort: if the cut is lost to a power failure, the entry is replayed on
    // open, exactly as if the crash had come just after the append.
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}
