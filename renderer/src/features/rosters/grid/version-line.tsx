import { useTranslation } from 'react-i18next';
import type { RosterMonthState } from '../../../../../shared/ipc/rosters';
import { useFormat } from '../../../i18n/use-format';

/** "第 3 版，… 由 … 修改": the line a published roster carries, on screen and on paper. */
export function useVersionLine(): (month: RosterMonthState) => string {
  const { t } = useTranslation('rostersUi');
  const format = useFormat();
  return (month) =>
    month.lastChange
      ? t('grid.version.changed', {
          version: month.version,
          at: format.dateTime(month.lastChange.at),
          by: month.lastChange.byName,
          note: month.lastChange.note ? t('grid.version.note', { note: month.lastChange.note }) : '',
        })
      : t('grid.version.published', {
          version: month.version,
          at: format.dateTime(month.publishedAt),
          by: month.publishedByName,
        });
}

export function VersionLine({ month, isMonth }: { month: RosterMonthState | null; isMonth: boolean }) {
  const { t } = useTranslation('rostersUi');
  const line = useVersionLine();
  if (!isMonth) return null;
  return (
    <span data-testid="roster-version" data-version={month?.version ?? 0}>
      {month ? line(month) : t('grid.version.notPublished')}
    </span>
  );
}
