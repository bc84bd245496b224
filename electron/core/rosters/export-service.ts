/**
 * The roster workbook for the screen: the same sheet `care roster --xlsx`
 * writes, of a month or a Monday-to-Sunday week, handed back as bytes for the
 * renderer to save. The roster names staff, so the export is in the audit.
 */
import type { Language } from '../../../shared/i18n/types';
import type { ExportedFile } from '../../../shared/ipc/people';
import type { ExportXlsxInput } from '../../../shared/ipc/rosters';
import { firstOfMonth, lastOfMonth, mondayOf, sundayOf } from '../../../shared/domain/roster-hours';
import { localNow } from '../rounds';
import type { RosterDeps } from './deps';
import { rosterWorkbook } from './export-xlsx';
import { rosterGrid } from './grid-service';

export async function exportRosterXlsx(
  deps: RosterDeps,
  input: ExportXlsxInput,
  language: Language,
): Promise<ExportedFile> {
  const month = input.date.slice(0, 7);
  const from = input.kind === 'month' ? firstOfMonth(month) : mondayOf(input.date);
  const to = input.kind === 'month' ? lastOfMonth(month) : sundayOf(input.date);
  const grid = await rosterGrid(deps, { from, to });
  const store = deps.store();
  const bytes = await rosterWorkbook(grid, {
    center: store.core.center?.name ?? '',
    language,
    kind: input.kind,
    today: localNow(deps).date,
  });
  await store.record({ actor: deps.actor, action: 'rosters.export', summary: `${from}..${to}` });
  const fileName = input.kind === 'month' ? `roster-${month}.xlsx` : `roster-${from}-${to}.xlsx`;
  return { fileName, base64: bytes.toString('base64') };
}
