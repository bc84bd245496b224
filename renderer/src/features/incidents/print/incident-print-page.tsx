import { useTranslation } from 'react-i18next';
import type { IncidentRow } from '../../../../../shared/ipc/incidents';
import { PrintFrame } from '../../../components/print/print-frame';
import { PrintHeader } from '../../../components/print/print-header';
import { useDateText } from '../../../i18n/use-date-text';
import { useFormat } from '../../../i18n/use-format';
import { useCenter } from '../../center';
import { useStaffNameOf } from '../detail/incident-facts';
import { useStaffNames } from '../form/staff-picker';
import { useIncidentAddress } from '../use-incident-address';
import { useNameList } from '../use-name-list';

/**
 * `/print/incidents/:incidentId?date=`: 意外事件报告 on A4, laid out like the
 * paper form (the event, action taken, family notified, review, two
 * signatures); reprinted as often as needed, it always shows the record as it is now.
 */
export function IncidentPrintPage() {
  const { t } = useTranslation('incidents');
  const found = useIncidentAddress();
  const center = useCenter();
  const staff = useStaffNames();
  const ready = (found.notFound || (found.row !== undefined && !staff.isPending)) && center.isSuccess;
  return (
    <PrintFrame ready={ready} centerName={center.data?.name ?? ''} testId="print-incident">
      <PrintHeader title={t('print.title')} />
      {found.notFound ? (
        <p className="message" data-testid="print-not-found">
          {t('print.notFound')}
        </p>
      ) : (
        found.row && <IncidentReport row={found.row} />
      )}
    </PrintFrame>
  );
}

/** One blank row's height for a hand-written addition where the record holds nothing. */
const WRITING_ROOM = { height: '14mm', whiteSpace: 'pre-wrap' } as const;

function IncidentReport({ row }: { row: IncidentRow }) {
  const { t } = useTranslation(['incidents', 'domain']);
  const dateText = useDateText();
  const format = useFormat();
  const nameList = useNameList();
  const staffName = useStaffNameOf();
  const { incident } = row;
  const { hospital, familyNotification: told, review, closed } = incident;
  const hospitalText =
    hospital === null
      ? t('detail.fields.notSent')
      : hospital.at
        ? t('detail.fields.sentTo', { at: format.dateTime(hospital.at), destination: hospital.destination })
        : t('detail.fields.sentNoTime', { destination: hospital.destination });
  return (
    <>
      <section>
        <h2>{t('print.sections.event')}</h2>
        <table data-testid="print-incident-event">
          <colgroup>
            <col style={{ width: '30mm' }} />
            <col />
            <col style={{ width: '30mm' }} />
            <col />
          </colgroup>
          <tbody>
            <tr>
              <th>{t('print.fields.kind')}</th>
              <td data-testid="print-incident-kind">{t(`domain:incident.${incident.category}`)}</td>
              <th>{t('print.fields.place')}</th>
              <td>{incident.place}</td>
            </tr>
            <tr>
              <th>{t('print.fields.date')}</th>
              <td>{dateText(incident.date)}</td>
              <th>{t('print.fields.time')}</th>
              <td>{incident.occurredTime}</td>
            </tr>
            <tr>
              <th>{t('print.fields.elders')}</th>
              <td data-testid="print-incident-elders">{nameList(row.names)}</td>
              <th>{t('print.fields.staff')}</th>
              <td>{nameList(incident.staffIds.map(staffName))}</td>
            </tr>
            <tr>
              <th>{t('print.fields.description')}</th>
              <td colSpan={3} style={{ ...WRITING_ROOM, height: '24mm', verticalAlign: 'top' }}>
                {incident.description}
              </td>
            </tr>
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('print.sections.action')}</h2>
        <table>
          <colgroup>
            <col style={{ width: '30mm' }} />
            <col />
          </colgroup>
          <tbody>
            <tr>
              <th>{t('print.fields.actionTaken')}</th>
              <td style={{ ...WRITING_ROOM, height: '18mm', verticalAlign: 'top' }}>
                {incident.actionTaken}
              </td>
            </tr>
            <tr>
              <th>{t('print.fields.hospital')}</th>
              <td>{hospitalText}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('print.sections.family')}</h2>
        <table data-testid="print-incident-family">
          <colgroup>
            <col style={{ width: '30mm' }} />
            <col />
            <col style={{ width: '30mm' }} />
            <col />
          </colgroup>
          <tbody>
            <tr>
              <th>{t('print.fields.familyAt')}</th>
              <td>{told ? format.dateTime(told.at) : ''}</td>
              <th>{t('print.fields.familyChannel')}</th>
              <td>{told ? t(`domain:notifyChannel.${told.channel}`) : ''}</td>
            </tr>
            <tr>
              <th>{t('print.fields.familyBy')}</th>
              <td>{told?.by ?? ''}</td>
              <th>{t('print.fields.familyNotes')}</th>
              <td>{told?.notes ?? ''}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('print.sections.review')}</h2>
        <table data-testid="print-incident-review">
          <colgroup>
            <col style={{ width: '30mm' }} />
            <col />
          </colgroup>
          <tbody>
            <tr>
              <th>{t('print.fields.review')}</th>
              <td style={{ ...WRITING_ROOM, height: '18mm', verticalAlign: 'top' }}>{review?.text ?? ''}</td>
            </tr>
            <tr>
              <th>{t('print.fields.correctiveAction')}</th>
              <td style={{ ...WRITING_ROOM, height: '14mm', verticalAlign: 'top' }}>
                {review?.correctiveAction ?? ''}
              </td>
            </tr>
            <tr>
              <th>{t('print.fields.reviewedBy')}</th>
              <td>{review ? `${review.by} · ${format.dateTime(review.at)}` : ''}</td>
            </tr>
            <tr>
              <th>{t('print.fields.closed')}</th>
              <td data-testid="print-incident-closed">
                {closed
                  ? t('detail.close.closed', { by: closed.by, at: format.dateTime(closed.at) })
                  : t('print.fields.open')}
              </td>
            </tr>
          </tbody>
        </table>
      </section>
      <div
        className="signatures"
        style={{ gridTemplateColumns: 'repeat(2, 1fr)' }}
        data-testid="print-signatures"
      >
        {(['reporter', 'manager'] as const).map((signer) => (
          <div className="signer" key={signer}>
            <div className="signature-label">{t(`print.signatures.${signer}`)}</div>
            <div className="signature">
              <span className="line" />
            </div>
            <div className="signature">
              <span>{t('print.signatures.date')}</span>
              <span className="line" />
            </div>
          </div>
        ))}
      </div>
    </>
  );
}
