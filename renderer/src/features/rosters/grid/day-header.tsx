import { useTranslation } from 'react-i18next';
import type { GridDay } from '../../../../../shared/ipc/rosters';

/** A day's column head: its number, its weekday, and 休/班 when the holidays table marks it. */
export function DayHeader({ day, weekday }: { day: GridDay; weekday: string }) {
  const { t } = useTranslation('rostersUi');
  const title = day.holiday
    ? t(day.holiday.kind === 'holiday' ? 'grid.holidayTitle' : 'grid.workdayTitle', {
        name: day.holiday.name,
      })
    : undefined;
  return (
    <th
      scope="col"
      className={day.offDay ? 'day off-day' : 'day'}
      title={title}
      data-testid="roster-day"
      data-date={day.date}
      data-holiday={day.holiday?.kind}
    >
      <span className="day-number">{Number(day.date.slice(8))}</span>
      <span className="weekday">{weekday}</span>
      {day.holiday && (
        <span className={`holiday-mark ${day.holiday.kind}`}>
          {t(day.holiday.kind === 'holiday' ? 'grid.holidayMark' : 'grid.workdayMark')}
        </span>
      )}
    </th>
  );
}
