import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverCell, RosterGrid } from '../../../../../shared/ipc/rosters';
import { useDayWords } from './use-day-words';

/**
 * The grid's last rows: for each shift and day, whether enough carers are on
 * it ("够") or how many are missing ("缺 2", in red and in words).
 */
export function CoverRows({ grid }: { grid: RosterGrid }) {
  const { t } = useTranslation('rostersUi');
  const words = useDayWords();
  const { shifts, byKey } = useMemo(() => {
    const order = grid.codes.filter((c) => c.kind === 'shift').map((c) => c.code);
    const present = new Set(grid.cover.map((c) => c.shiftCode));
    const map = new Map<string, CoverCell>(grid.cover.map((c) => [`${c.shiftCode}|${c.date}`, c]));
    const extra = [...present].filter((code) => !order.includes(code));
    return { shifts: [...order.filter((code) => present.has(code)), ...extra], byKey: map };
  }, [grid.codes, grid.cover]);
  if (shifts.length === 0) return null;
  return (
    <tfoot>
      {shifts.map((code) => (
        <tr key={code} className="cover" data-testid="cover-row" data-shift={code}>
          <th scope="row" className="name">
            {t('grid.cover.row', { code })}
          </th>
          {grid.days.map((day) => {
            const cell = byKey.get(`${code}|${day.date}`);
            if (!cell)
              return <td key={day.date} className={day.offDay ? 'cover-cell off-day' : 'cover-cell'} />;
            const short = cell.short > 0;
            return (
              <td
                key={day.date}
                className={short ? 'cover-cell short' : 'cover-cell'}
                title={t('grid.cover.title', {
                  date: words.shortDate(day.date),
                  code,
                  needed: cell.needed,
                  rostered: cell.rostered,
                  residents: cell.residents,
                })}
                data-testid="cover-cell"
                data-date={day.date}
                data-shift={code}
                data-short={cell.short}
              >
                {short ? t('grid.cover.short', { count: cell.short }) : t('grid.cover.enough')}
              </td>
            );
          })}
          <td colSpan={4} className="total" />
        </tr>
      ))}
    </tfoot>
  );
}
