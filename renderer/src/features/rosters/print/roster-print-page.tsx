import './roster-print.css';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { GridCode, RosterGrid } from '../../../../../shared/ipc/rosters';
import { PrintFrame } from '../../../components/print/print-frame';
import { PrintHeader } from '../../../components/print/print-header';
import { todayIso } from '../../../components/today-iso';
import { useCenter } from '../../center';
import { cellText } from '../model/cell-codes';
import { periodFromParams } from '../model/period';
import { bodyLines } from '../model/row-groups';
import { useRosterGrid } from '../queries';
import { useDayWords } from '../grid/use-day-words';
import { useGroupWords } from '../grid/use-group-words';
import { useVersionLine } from '../grid/version-line';

/**
 * `/print/rosters?month=YYYY-MM` or `?week=`: the roster as pinned on the wall,
 * on one A4 landscape page for up to 40 staff: a column per day, the codes,
 * totals per person, the legend of codes with their times, who prepared and
 * approved it, and the version line.
 */
export function RosterPrintPage() {
  const [params] = useSearchParams();
  const period = periodFromParams({ month: params.get('month'), week: params.get('week') }, todayIso());
  const grid = useRosterGrid({ from: period.from, to: period.to });
  const center = useCenter();
  const { t } = useTranslation('print');
  const data = grid.data && grid.data.from === period.from && grid.data.to === period.to ? grid.data : null;
  return (
    <PrintFrame
      ready={data !== null && center.isSuccess}
      centerName={center.data?.name ?? ''}
      testId="print-roster"
    >
      {grid.isError ? (
        <p className="message" data-testid="print-not-found">
          {t('notFound')}
        </p>
      ) : data ? (
        <RosterSheet grid={data} month={period.kind === 'month' ? period.month : null} />
      ) : null}
    </PrintFrame>
  );
}

const TOTAL_KEYS = ['shifts', 'nights', 'restDays', 'hours'] as const;

function RosterSheet({ grid, month }: { grid: RosterGrid; month: string | null }) {
  const { t } = useTranslation('rostersUi');
  const words = useDayWords();
  const groups = useGroupWords();
  const versionLine = useVersionLine();
  const lines = bodyLines(grid.rows);
  const title = month
    ? words.monthTitle(month, 'print.title')
    : t('print.weekTitle', { from: words.shortDate(grid.from), to: words.shortDate(grid.to) });
  const used = new Set(grid.rows.flatMap((r) => Object.values(r.cells).flat()));
  const legend = grid.codes.filter((c) => used.has(c.code) || c.active);
  const week = grid.days.length <= 7;
  return (
    <div className={week ? 'roster-print week' : 'roster-print'} data-testid="roster-print">
      <PrintHeader title={title} />
      <table className="roster-table" data-testid="roster-print-table">
        <colgroup>
          <col className="col-no" />
          <col className="col-group" />
          <col className="col-name" />
          {grid.days.map((day) => (
            <col key={day.date} className="col-day" />
          ))}
          {TOTAL_KEYS.map((key) => (
            <col key={key} className="col-total" />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>{t('print.no')}</th>
            <th>{t('print.group')}</th>
            <th>{t('print.name')}</th>
            {grid.days.map((day) => (
              <th key={day.date} className={day.offDay ? 'day off-day' : 'day'}>
                <span className="day-number">{Number(day.date.slice(8))}</span>
                <span className="weekday">
                  {day.holiday
                    ? t(day.holiday.kind === 'holiday' ? 'grid.holidayMark' : 'grid.workdayMark')
                    : words.weekday(day.weekday)}
                </span>
              </th>
            ))}
            {TOTAL_KEYS.map((key) => (
              <th key={key} className="total">
                {t(`grid.totals.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            if (line.kind === 'group') return null;
            const row = line.row;
            const first = lines[lines.indexOf(line) - 1]?.kind === 'group';
            const group = first ? lines[lines.indexOf(line) - 1] : undefined;
            return (
              <tr key={row.staffId} data-testid="roster-print-row">
                <td className="num">{line.index + 1}</td>
                {group?.kind === 'group' && (
                  <td className="group" rowSpan={group.size}>
                    {groups.group(group.area, group.post)}
                  </td>
                )}
                <td className="name">{row.name}</td>
                {grid.days.map((day) => (
                  <td key={day.date} className={codeClass(row.cells[day.date], day.offDay)}>
                    {cellText(row.cells[day.date])}
                  </td>
                ))}
                {TOTAL_KEYS.map((key) => (
                  <td key={key} className="num">
                    {row.totals[key]}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {grid.rows.length === 0 && <p className="message">{t('print.empty')}</p>}
      <p className="legend" data-testid="roster-print-legend">
        <span className="legend-title">{t('print.legend')}</span>
        {legend.map((code) => (
          <span key={code.code} className="legend-item">
            {legendText(t, code)}
          </span>
        ))}
      </p>
      <div className="roster-footer">
        <span>
          {t('print.preparedBy')}
          <span className="fill">{grid.month?.preparedBy ?? ''}</span>
        </span>
        <span>
          {t('print.approvedBy')}
          <span className="fill">{grid.month?.approvedBy ?? ''}</span>
        </span>
        <span>
          {t('print.date')}
          <span className="fill" />
        </span>
        <span className="version" data-testid="roster-print-version">
          {grid.month ? versionLine(grid.month) : month ? t('grid.version.notPublished') : ''}
        </span>
      </div>
    </div>
  );
}

function codeClass(codes: string[] | undefined, offDay: boolean): string {
  const classes = ['code'];
  if ((codes?.length ?? 0) > 1) classes.push('two');
  if (offDay) classes.push('off-day');
  return classes.join(' ');
}

function legendText(t: ReturnType<typeof useTranslation<'rostersUi'>>['t'], code: GridCode): string {
  return code.kind === 'shift' && code.start && code.end
    ? t('print.legendShift', { code: code.code, name: code.name, start: code.start, end: code.end })
    : t('print.legendDay', { code: code.code, name: code.name });
}
