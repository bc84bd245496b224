import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { abilityLevelLabelKey } from '../../../../../shared/domain/ability';
import { isIsoDate } from '../../../../../shared/domain/dates';
import type { BoardView } from '../../../../../shared/ipc/beds';
import { PrintFrame } from '../../../components/print/print-frame';
import { PrintHeader } from '../../../components/print/print-header';
import { todayIso } from '../../../components/today-iso';
import { useDateText } from '../../../i18n/use-date-text';
import { useCenter } from '../../center';
import { floorLabel } from '../board/floor-label';
import { useBoard } from '../queries';
import { bedListGroups } from './bed-list-rows';

/** `/print/beds/list?date=`: every bed of a day on A4, building by floor by room, with the day's totals. */
export function BedListPrintPage() {
  const [params] = useSearchParams();
  const asked = params.get('date');
  const date = asked !== null && isIsoDate(asked) ? asked : todayIso();
  const board = useBoard(date);
  const center = useCenter();
  const { t } = useTranslation('print');
  const ready = board.isSuccess && board.data.date === date && center.isSuccess;
  return (
    <PrintFrame ready={ready} centerName={center.data?.name ?? ''} testId="print-bed-list">
      {board.isError ? (
        <p className="message" data-testid="print-not-found">
          {t('notFound')}
        </p>
      ) : board.data && board.data.date === date ? (
        <BedList view={board.data} />
      ) : null}
    </PrintFrame>
  );
}

function BedList({ view }: { view: BoardView }) {
  const { t } = useTranslation(['beds', 'domain']);
  const dateText = useDateText();
  const groups = bedListGroups(view);
  const { totals } = view;
  return (
    <>
      <PrintHeader
        title={t('printList.title')}
        subtitle={t('printList.subtitle', { date: dateText(view.date) })}
      />
      <p className="meta-line" data-testid="print-bed-totals">
        {t('printList.totals', { ...totals })}
      </p>
      {groups.length === 0 && <p className="message">{t('printList.empty')}</p>}
      {groups.map((group) => (
        <section key={group.key} data-testid="print-bed-group">
          <h2>{t('printList.floorRoom', { building: group.building, floor: floorLabel(t, group.floor) })}</h2>
          <table>
            <colgroup>
              <col style={{ width: '12%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '16%' }} />
              <col style={{ width: '8%' }} />
              <col style={{ width: '8%' }} />
              <col style={{ width: '16%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '16%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>{t('printList.columns.room')}</th>
                <th>{t('printList.columns.bed')}</th>
                <th>{t('printList.columns.name')}</th>
                <th>{t('printList.columns.sex')}</th>
                <th>{t('printList.columns.age')}</th>
                <th>{t('printList.columns.level')}</th>
                <th>{t('printList.columns.status')}</th>
                <th>{t('printList.columns.admittedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.bedId} data-testid="print-bed-row" data-bed={row.bed}>
                  {row.firstOfRoom && <td rowSpan={row.roomBeds}>{row.room}</td>}
                  <td>{row.bed}</td>
                  <td>{row.name ?? ''}</td>
                  <td className="num">{row.sex ? t(`domain:sex.${row.sex}`) : ''}</td>
                  <td className="num">{row.age ?? ''}</td>
                  <td>
                    {row.name === null
                      ? ''
                      : row.level === null
                        ? t('board.noLevel')
                        : t(abilityLevelLabelKey(row.level))}
                  </td>
                  <td>{t(`printList.status.${row.status}`)}</td>
                  <td className="num">{row.admittedOn ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
