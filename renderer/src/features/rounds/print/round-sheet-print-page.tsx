import './round-sheet.css';
import { useTranslation } from 'react-i18next';
import { ROUND_MARKS } from '../../../../../shared/schema/rounds';
import type { Round } from '../../../../../shared/schema/rounds';
import type { SheetRow } from '../../../../../shared/ipc/rounds';
import { PrintFrame } from '../../../components/print/print-frame';
import { PrintHeader } from '../../../components/print/print-header';
import { useDateText } from '../../../i18n/use-date-text';
import { useCenter } from '../../center';
import { roundCounts } from '../marks';
import { useRoundStaff } from '../queries';
import { usePrintedRound } from './use-printed-round';

/** `/print/rounds/sheet?area=&date=&time=`: the round sheet on A4, filled when the round was recorded. */
export function RoundSheetPrintPage() {
  const printed = usePrintedRound();
  const center = useCenter();
  const staff = useRoundStaff();
  const { t } = useTranslation('print');
  const ready = printed.ready && center.isSuccess && !staff.isPending;
  const staffName = printed.round
    ? (staff.data?.find((s) => s.id === printed.round?.staffId)?.name ?? '')
    : '';
  return (
    <PrintFrame
      ready={ready || printed.failed}
      centerName={center.data?.name ?? ''}
      testId="print-round-sheet"
    >
      {printed.failed ? (
        <p className="message" data-testid="print-not-found">
          {t('notFound')}
        </p>
      ) : printed.sheet.data && ready ? (
        <RoundSheet
          area={printed.area ?? ''}
          date={printed.date}
          time={printed.time}
          rows={printed.sheet.data.expected}
          round={printed.round}
          staffName={staffName}
        />
      ) : null}
    </PrintFrame>
  );
}

interface SheetProps {
  area: string;
  date: string;
  time: string;
  rows: readonly SheetRow[];
  round: Round | null;
  staffName: string;
}

function RoundSheet({ area, date, time, rows, round, staffName }: SheetProps) {
  const { t } = useTranslation('rounds');
  const dateText = useDateText();
  const marks = new Map((round?.marks ?? []).map((m) => [m.personId, m]));
  const counts = round
    ? { expected: round.expectedCount, checked: round.checkedCount }
    : roundCounts(rows.map(() => ({ mark: null, note: '' })));
  const box = (on: boolean) => (on ? '☑' : '☐');
  return (
    <div className="round-sheet" data-testid="round-sheet" data-recorded={round ? 'true' : 'false'}>
      <PrintHeader title={t('print.title')} />
      <p className="meta-line" data-testid="round-sheet-meta">
        <span>{t('print.area', { area })}</span>
        <span>{t('print.date', { date: dateText(date) })}</span>
        <span>{t('print.time', { time: round?.time ?? time })}</span>
        <span>{t('print.staff', { name: staffName || '\u3000\u3000\u3000\u3000' })}</span>
      </p>
      <table>
        <colgroup>
          <col style={{ width: '6%' }} />
          <col style={{ width: '13%' }} />
          <col style={{ width: '22%' }} />
          <col style={{ width: '37%' }} />
          <col style={{ width: '22%' }} />
        </colgroup>
        <thead>
          <tr>
            <th className="num">{t('print.columns.number')}</th>
            <th>{t('print.columns.bed')}</th>
            <th>{t('print.columns.name')}</th>
            <th>{t('print.columns.marks')}</th>
            <th>{t('print.columns.note')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const mark = marks.get(row.personId);
            return (
              <tr key={row.personId} data-testid="round-sheet-row" data-mark={mark?.mark ?? ''}>
                <td className="num">{index + 1}</td>
                <td>{row.bedLabel}</td>
                <td>
                  {row.name}
                  {(row.isNew || row.critical) && (
                    <span className="flags">
                      {[row.isNew ? t('record.tagNew') : '', row.critical ? t('record.tagCritical') : '']
                        .filter(Boolean)
                        .join(' ')}
                    </span>
                  )}
                </td>
                <td>
                  <span className="marks">
                    {ROUND_MARKS.map((m) => (
                      <span key={m} className={mark?.mark === m ? 'chosen' : undefined}>
                        <span className="box">{box(mark?.mark === m)}</span>
                        {t(`marks.${m}`)}
                      </span>
                    ))}
                  </span>
                </td>
                <td>{mark?.note ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="closing">
        <p className="round-sheet-counts" data-testid="round-sheet-counts">
          <span>{t('print.expected', { count: counts.expected })}</span>
          <span>{round ? t('print.checked', { count: counts.checked }) : t('print.checkedBlank')}</span>
        </p>
        <p className="round-sheet-findings">{`${t('print.findings')}${round?.findings ?? ''}`}</p>
        <div className="signatures" style={{ gridTemplateColumns: 'repeat(2, 1fr)' }}>
          {(['roundBy', 'checkedBy'] as const).map((who) => (
            <div className="signer" key={who}>
              <div className="signature">
                <span>{t(`print.${who}`)}</span>
                <span className="line">{who === 'roundBy' ? staffName : ''}</span>
              </div>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
