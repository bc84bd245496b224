import './care-board-print.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { riskLabelKey } from '../../../../../shared/domain/risk';
import type { CareBoardView } from '../../../../../shared/ipc/board';
import { PrintFrame } from '../../../components/print/print-frame';
import { PrintHeader } from '../../../components/print/print-header';
import { SignatureLines } from '../../../components/print/signature-lines';
import { useDateText } from '../../../i18n/use-date-text';
import { useFormat } from '../../../i18n/use-format';
import { useBoard } from '../../beds';
import { useCenter } from '../../center';
import { missedPatrolNights, missedRounds } from '../board-alerts';
import { indexBedBoard, listRows } from '../board-lists';
import type { ListKey, ListRow, PlaceIndex } from '../board-lists';
import { useCareBoard } from '../queries';
import { useCertificateWhen } from '../sections/staff-cards';

const COUNTS: readonly ListKey[] = [
  'inRegister',
  'inHouse',
  'onLeave',
  'inHospital',
  'freeBeds',
  'closedBeds',
  'critical',
  'overdueReturns',
  'openIncidents',
];

/** `/print/care-board`: the board of this minute as a one-page daily situation sheet. */
export function CareBoardPrintPage() {
  const board = useCareBoard();
  const center = useCenter();
  const bedBoard = useBoard(board.data?.date ?? '');
  const { t } = useTranslation('print');
  const ready = board.isSuccess && center.isSuccess && bedBoard.isSuccess;
  return (
    <PrintFrame ready={ready} centerName={center.data?.name ?? ''} testId="print-care-board">
      {board.isError ? (
        <p className="message" data-testid="print-not-found">
          {t('notFound')}
        </p>
      ) : board.data && bedBoard.data ? (
        <Sheet view={board.data} index={indexBedBoard(bedBoard.data)} />
      ) : null}
    </PrintFrame>
  );
}

function Sheet({ view, index }: { view: CareBoardView; index: PlaceIndex }) {
  const { t } = useTranslation(['care-board', 'domain', 'staff']);
  const dateText = useDateText();
  const format = useFormat();
  const listText = format.list;
  const when = useCertificateWhen();
  const none = t('none');
  const names = (key: ListKey) => {
    const rows = listRows(view, key, index);
    return rows.length === 0 ? none : listText(rows.map((row) => rowText(row)));
  };
  const rowText = (row: ListRow): string => {
    if (row.kind !== 'person') return '';
    const name = row.name ?? t('list.unknown');
    if (!row.leave) return name;
    const back = row.leave.expectedReturn
      ? t('list.expectedBack', { date: dateText(row.leave.expectedReturn) })
      : t('list.noReturnDate');
    return t('withNote', { text: name, note: back });
  };
  const movement = (rows: CareBoardView['admissions']) =>
    rows.length === 0 ? none : listText(rows.map((r) => `${r.name} ${dateText(r.date)}`));
  const slotsText = (slots: { date: string; time: string }[]) =>
    slots.length === 0 ? none : listText(slots.map((s) => `${dateText(s.date)} ${s.time}`));
  const patrol = (which: 'lastNight' | 'tonight') => {
    const night = view.patrols[which];
    return t('printSheet.patrolLine', {
      label: t('patrols.night', { night: dateText(night.night) }),
      doneOf: t('patrols.doneOf', { done: night.done, required: night.required }),
      state: t(`patrols.state.${night.state}`),
    });
  };
  const missed = missedRounds(view);
  const missedNights = missedPatrolNights(view);
  return (
    <div className="board-sheet">
      <PrintHeader
        title={t('printSheet.title')}
        subtitle={t('printSheet.subtitle', { date: dateText(view.date), time: view.time })}
      />
      <table data-testid="print-board-counts">
        <thead>
          <tr>
            {COUNTS.map((key) => (
              <th key={key} className="count-head">
                {t(`counts.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {COUNTS.map((key) => (
              <td key={key} className="num count">
                {format.number(view[key].count)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <Section title={t('printSheet.alerts')}>
        <Line label={t('counts.critical')}>{names('critical')}</Line>
        <Line label={t('counts.overdueReturns')}>{names('overdueReturns')}</Line>
        <Line label={t('printSheet.missedRounds')}>
          {missed.length === 0
            ? none
            : listText(missed.map((s) => `${s.area} ${dateText(s.date)} ${s.time}`))}
        </Line>
        <Line label={t('patrols.title')}>
          {missedNights.length === 0
            ? none
            : missedNights
                .map((n) =>
                  t('alerts.missedPatrols', { night: dateText(n.night), done: n.done, required: n.required }),
                )
                .join(t('separator'))}
        </Line>
        <Line label={t('counts.openIncidents')}>
          {view.incidents.length === 0
            ? none
            : view.incidents
                .map((i) =>
                  t('withNote', {
                    text: `${t('list.incident', { date: dateText(i.date), time: i.occurredTime, category: t(`domain:incident.${i.category}`) })} ${listText(i.names)}`,
                    note: i.familyNotified ? t('list.familyNotified') : t('list.familyNotNotified'),
                  }),
                )
                .join(t('separator'))}
        </Line>
      </Section>
      <Section title={t('printSheet.people')}>
        <Line label={t('movements.admissions')}>{movement(view.admissions)}</Line>
        <Line label={t('movements.departures')}>{movement(view.departures)}</Line>
        <Line label={t('counts.onLeave')}>{names('onLeave')}</Line>
        <Line label={t('counts.inHospital')}>{names('inHospital')}</Line>
        <Line label={t('risks.title')}>
          {view.highRisks.length === 0
            ? none
            : view.highRisks
                .map((r) =>
                  t('withNote', { text: r.name, note: listText(r.risks.map((c) => t(riskLabelKey(c)))) }),
                )
                .join(t('separator'))}
        </Line>
      </Section>
      <Section title={t('printSheet.care')}>
        {view.rounds.map((area) => (
          <Line key={area.area} label={`${t('rounds.title')} · ${area.area}`}>
            {t('printSheet.roundLine', {
              last: area.last ? `${dateText(area.last.date)} ${area.last.time}` : t('rounds.never'),
              due: slotsText(area.due),
              missed: slotsText(area.missed),
            })}
          </Line>
        ))}
        <Line label={t('patrols.title')}>
          {patrol('lastNight')}
          {t('separator')}
          {patrol('tonight')}
        </Line>
      </Section>
      <Section title={t('printSheet.staff')}>
        <Line label={t('handovers.title')}>
          {view.handovers.length === 0
            ? t('handovers.none')
            : view.handovers
                .map((h) =>
                  t('printSheet.handoverLine', {
                    shift: t('handovers.shift', { date: dateText(h.date), shift: h.shiftCode }),
                    area: h.area || t('handovers.wholeCenter'),
                    state: t(`handovers.state.${h.state}`),
                    signers: t('handovers.signedBy', {
                      outgoing: h.outgoing ?? t('handovers.unsigned'),
                      incoming: h.incoming ?? t('handovers.unsigned'),
                    }),
                  }),
                )
                .join(t('separator'))}
        </Line>
        <Line label={t('onDuty.title')}>
          {view.onDuty.staff.length === 0 ? t('onDuty.none') : listText(view.onDuty.staff.map((s) => s.name))}
        </Line>
        <Line label={t('certificates.title')}>
          {view.certificatesDue.length === 0
            ? none
            : view.certificatesDue
                .map((c) =>
                  t('printSheet.certificateLine', {
                    name: c.staffName,
                    certificate:
                      c.certificate.kind === 'other' && c.certificate.name
                        ? c.certificate.name
                        : t(`staff:certificateKind.${c.certificate.kind}`),
                    when: when(c),
                  }),
                )
                .join(t('separator'))}
        </Line>
      </Section>
      <SignatureLines lines={[{ labelKey: 'signatures.filledBy' }, { labelKey: 'signatures.reviewedBy' }]} />
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h2>{title}</h2>
      <table>
        <colgroup>
          <col style={{ width: '22%' }} />
          <col />
        </colgroup>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th>{label}</th>
      <td>{children}</td>
    </tr>
  );
}
