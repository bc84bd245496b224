import type { AuditChainState, AuditFilter, AuditListInput, AuditPage } from '../../../shared/ipc/audit';
import type { ExportedFile } from '../../../shared/ipc/people';
import type { Language } from '../../../shared/i18n/types';
import type { CareStore } from '../care-store';
import { ChainWalker, listAuditPeriods, readAuditFile, type AuditFileContent } from '../store/audit';
import type { FileSystem } from '../store/fs';
import type { AuditEntry } from '../store/types';
import { entryView, matches, PRINT_ACTION_PREFIX } from './entry-view';
import { auditWorkbook } from './export-xlsx';

export interface AuditDeps {
  store: () => CareStore;
  fs: FileSystem;
  dataDir: string;
  now: () => Date;
}

/** The most an export holds; a longer history is exported by date range. */
export const AUDIT_EXPORT_MAX = 100_000;

function parseLines(content: AuditFileContent): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (const line of content.lines) {
    if (line.trim() === '') continue;
    try {
      out.push(JSON.parse(line) as AuditEntry);
    } catch {
      // A damaged line is reported by the chain state, not listed.
    }
  }
  return out;
}

/** Months that can hold entries of the filter's dates (a day's entries sit in its month, or the next). */
function periodsFor(periods: readonly string[], filter: AuditFilter): string[] {
  return periods.filter(
    (p) =>
      (filter.from === undefined || p >= filter.from.slice(0, 7)) &&
      (filter.to === undefined || p <= filter.to.slice(0, 7) || p === nextMonth(filter.to.slice(0, 7))),
  );
}

function nextMonth(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The chain checked over the months read (the same walk as `care verify`,
 * trusting the first entry of the oldest month read): intact, or the file,
 * line and sequence number where it first breaks.
 */
export function chainState(files: readonly AuditFileContent[]): AuditChainState {
  const walker = new ChainWalker({ trustFirst: true });
  let entries = 0;
  const linesIn = new Map<string, number>();
  for (const content of files) {
    const intact = walker.feed(content, () => {
      entries += 1;
      linesIn.set(content.file, (linesIn.get(content.file) ?? 0) + 1);
    });
    if (!intact) break;
  }
  const problem = walker.problem;
  return {
    intact: problem === null,
    brokenAt: problem
      ? { file: problem.file, line: (linesIn.get(problem.file) ?? 0) + 1, seq: problem.seq }
      : null,
    entries,
  };
}

async function readMonths(deps: AuditDeps, filter: AuditFilter): Promise<AuditFileContent[]> {
  const periods = periodsFor(await listAuditPeriods(deps.fs, deps.dataDir), filter);
  const files: AuditFileContent[] = [];
  for (const period of periods) files.push(await readAuditFile(deps.fs, deps.dataDir, period));
  return files;
}

function personNames(store: CareStore): (id: string) => string | null {
  const names = new Map(store.core.people.map((p) => [p.id, p.name]));
  return (id) => names.get(id) ?? null;
}

/** Matching entries, newest first. */
function newestFirst(files: readonly AuditFileContent[], filter: AuditFilter, before?: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = files.length - 1; i >= 0; i--) {
    const content = files[i];
    if (!content) continue;
    const entries = parseLines(content).reverse();
    for (const entry of entries) {
      if (before !== undefined && entry.seq >= before) continue;
      if (matches(entry, filter)) out.push(entry);
    }
  }
  return out;
}

export async function listAudit(deps: AuditDeps, input: AuditListInput): Promise<AuditPage> {
  const files = await readMonths(deps, input.filter);
  const found = newestFirst(files, input.filter, input.before);
  const names = personNames(deps.store());
  return {
    entries: found.slice(0, input.limit).map((entry) => entryView(entry, names)),
    more: found.length > input.limit,
    chain: chainState(files),
  };
}

/** The filtered trail as .xlsx: who, when, what, which records; never values, hashes or passwords. */
export async function exportAudit(
  deps: AuditDeps,
  filter: AuditFilter,
  language: Language,
): Promise<ExportedFile> {
  const files = await readMonths(deps, filter);
  const names = personNames(deps.store());
  const rows = newestFirst(files, filter)
    .slice(0, AUDIT_EXPORT_MAX)
    .map((entry) => entryView(entry, names));
  const bytes = await auditWorkbook(rows, chainState(files), language);
  const stamp = deps.now().toISOString().slice(0, 10);
  const fileName = `audit-${stamp}.xlsx`;
  await deps.store().record({ actor: 'system', action: 'audit.export', summary: `${rows.length}` });
  return { fileName, base64: bytes.toString('base64') };
}

/** Opening a print page of an elder's personal data leaves a line naming who opened it. */
export async function recordPrint(deps: AuditDeps, kind: string, personId: string): Promise<null> {
  await deps.store().record({ actor: 'system', action: `${PRINT_ACTION_PREFIX}${kind}`, summary: personId });
  return null;
}
