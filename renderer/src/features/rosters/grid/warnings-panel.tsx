import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RosterGrid } from '../../../../../shared/ipc/rosters';
import { useDayWords } from './use-day-words';
import { warningText } from './warning-text';

/** Every warning of the grid in words, by person and date; a click takes the cursor to its cell. */
export function WarningsPanel({
  grid,
  onGo,
}: {
  grid: RosterGrid;
  onGo: (staffId: string, date: string) => void;
}) {
  const { t } = useTranslation('rostersUi');
  const words = useDayWords();
  const nameOf = new Map(grid.rows.map((r) => [r.staffId, r.name]));
  const sorted = [...grid.warnings].sort(
    (a, b) =>
      (nameOf.get(a.staffId) ?? '').localeCompare(nameOf.get(b.staffId) ?? '') ||
      a.date.localeCompare(b.date),
  );
  return (
    <Card
      size="small"
      title={
        <span role="heading" aria-level={2}>
          {t('grid.warnings.panel')}
        </span>
      }
      data-testid="roster-warnings"
    >
      {sorted.length === 0 ? (
        <Typography.Text>{t('grid.warnings.none')}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {t('grid.warnings.count', { count: sorted.length })}
          </Typography.Paragraph>
          <ul className="roster-warning-list">
            {sorted.map((w) => (
              <li key={`${w.kind}|${w.staffId}|${w.date}`} data-testid="roster-warning" data-kind={w.kind}>
                <button type="button" className="link-button" onClick={() => onGo(w.staffId, w.date)}>
                  {t('grid.warnings.item', {
                    name: nameOf.get(w.staffId) ?? '',
                    date: words.shortDate(w.date),
                    text: warningText(t, w),
                  })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
