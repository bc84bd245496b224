import { CareError } from '../../../shared/errors';
import type {
  ExportedFile,
  ImportCommitResult,
  ImportMapping,
  ImportPreview,
  SavedImportMapping,
} from '../../../shared/ipc/people';
import type { ImportMappingRecord } from '../../../shared/schema';
import { newId } from '../../../shared/schema/common';
import type { Language } from '../../../shared/i18n/types';
import { translate } from '../../../shared/i18n/translate';
import { checkTable } from './import/check';
import { refusedWorkbook } from './import/refused-xlsx';
import type { CheckedRow } from './import/check';
import { resolveMapping } from './import/headers';
import { readTable } from './import/table';
import type { Table } from './import/table';
import { personRecord } from './person-record';
import type { PeopleDeps } from './people-service';

export interface ImportFile {
  fileName: string;
  /** The file's bytes, base64 as they cross IPC. */
  base64: string;
  mapping?: ImportMapping | undefined;
  confirmRows?: readonly number[] | undefined;
}

function withoutInput(rows: CheckedRow[]): ImportPreview['rows'] {
  return rows.map(({ input: _input, ...row }) => row);
}

async function load(file: ImportFile): Promise<{ table: Table; mapping: ImportMapping }> {
  const table = await readTable(file.fileName, Buffer.from(file.base64, 'base64'));
  return { table, mapping: resolveMapping(table.headers, file.mapping) };
}

export function mapsName(mapping: ImportMapping): boolean {
  return Object.values(mapping).includes('name');
}

/**
 * Reads and checks every row. Writes nothing. A file whose name column was
 * not recognised still previews (every row then lacks a name), so the wizard
 * can show its headers and let staff say which column holds the name.
 */
export async function previewImport(deps: PeopleDeps, file: ImportFile): Promise<ImportPreview> {
  const { table, mapping } = await load(file);
  const core = deps.store().core;
  const rows = checkTable(table, mapping, {
    people: core.people,
    villages: core.settings.villages,
    today: deps.view.today(),
    confirmedRows: new Set(file.confirmRows ?? []),
  });
  const okCount = rows.filter((r) => r.ok).length;
  return {
    headers: table.headers,
    mapping,
    rows: withoutInput(rows),
    okCount,
    badCount: rows.length - okCount,
  };
}

/**
 * Imports the good rows in ONE mutation (one audit entry, all or nothing),
 * re-checked against the people stored at that moment; optionally remembers
 * the mapping under a name (replacing one of the same name).
 */
export async function commitImport(
  deps: PeopleDeps,
  file: ImportFile & { saveMappingAs?: string | undefined },
): Promise<ImportCommitResult> {
  const { table, mapping } = await load(file);
  // Every row would be refused for its missing name: say what to fix instead of writing an empty import.
  if (!mapsName(mapping)) throw new CareError('people.import.noNameColumn');
  const at = (deps.now?.() ?? new Date()).toISOString();
  const today = deps.view.today();
  const summary = `${file.fileName}`;
  const result = await deps.store().mutate({ actor: deps.actor, action: 'people.import', summary }, (tx) => {
    const rows = checkTable(table, mapping, {
      people: tx.core.people,
      villages: tx.core.settings.villages,
      today,
      confirmedRows: new Set(file.confirmRows ?? []),
    });
    let imported = 0;
    for (const row of rows) {
      if (!row.input) continue;
      tx.put('core', 'people', personRecord(row.input, at));
      imported += 1;
    }
    if (file.saveMappingAs) {
      const existing = tx.core.importMappings.find(
        (m) => m.target === 'people' && m.name === file.saveMappingAs,
      );
      const record: ImportMappingRecord = {
        id: existing?.id ?? newId(),
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
        name: file.saveMappingAs,
        target: 'people',
        columns: mapping,
      };
      tx.put('core', 'importMappings', record);
    }
    return { imported, refused: rows.length - imported };
  });
  deps.view.index.sync(deps.store().core.people);
  return result;
}

/**
 * The rows an import would refuse, as an .xlsx to fix and import again: the file's own
 * columns and cells, then one column with the reasons in `language`. Reads the
 * file as the preview does (same mapping, same confirmed rows), so it holds exactly the
 * rows the preview and the commit leave out.
 */
export async function refusedRowsFile(
  deps: PeopleDeps,
  file: ImportFile,
  language: Language,
): Promise<ExportedFile> {
  const { table, mapping } = await load(file);
  const core = deps.store().core;
  const checked = checkTable(table, mapping, {
    people: core.people,
    villages: core.settings.villages,
    today: deps.view.today(),
    confirmedRows: new Set(file.confirmRows ?? []),
  });
  const cells = new Map(table.rows.map((r) => [r.row, r.cells]));
  const refused = checked
    .filter((r) => !r.ok)
    .map((r) => ({ cells: cells.get(r.row) ?? [], problems: r.problems }));
  const buffer = await refusedWorkbook(table.headers, refused, language);
  const base = file.fileName.replace(/\.(xlsx|csv)$/i, '');
  return {
    fileName: `${base}-${translate(language, 'people.import.refusedFile.suffix')}.xlsx`,
    base64: buffer.toString('base64'),
  };
}

export function importMappings(deps: PeopleDeps): SavedImportMapping[] {
  return deps
    .store()
    .core.importMappings.filter((m) => m.target === 'people')
    .map((m) => ({ name: m.name, mapping: m.columns as ImportMapping }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export function savedMapping(deps: PeopleDeps, name: string): ImportMapping {
  const found = importMappings(deps).find((m) => m.name === name);
  if (!found) throw new CareError('people.import.mappingNotFound', { name });
  return found.mapping;
}
