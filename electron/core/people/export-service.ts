import type { Language } from '../../../shared/i18n/types';
import { translate } from '../../../shared/i18n/translate';
import type { ExportedFile, PeopleFilter } from '../../../shared/ipc/people';
import { peopleWorkbook } from './export-xlsx';
import type { PeopleDeps } from './people-service';

/** Exports every row of the current view (no paging), as the list shows it. */
export async function exportPeople(
  deps: PeopleDeps,
  filter: PeopleFilter,
  language: Language,
): Promise<ExportedFile> {
  const items = await deps.view.filtered(filter);
  const addresses = new Map(deps.store().core.people.map((p) => [p.id, p.address ?? null]));
  const rows = items.map((item) => ({ ...item, address: addresses.get(item.id) ?? null }));
  const buffer = await peopleWorkbook(rows, language);
  return {
    fileName: `${translate(language, 'people.export.fileName')}-${deps.view.today()}.xlsx`,
    base64: buffer.toString('base64'),
  };
}
