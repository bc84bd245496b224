import { Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { BoardHandover, CareBoardView } from '../../../../../shared/ipc/board';
import type { CoverCell } from '../../../../../shared/ipc/rosters';
import type { CertificateDue } from '../../../../../shared/ipc/staff';
import { useDateText } from '../../../i18n/use-date-text';
import { useMay } from '../../auth';
import { staffPaths } from '../../staff';
import { careBoardPaths } from '../paths';
import { useFormat } from '../../../i18n/use-format';
import { WARN } from './colours';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

/** A saved handover opens as it is; a draft opens where it is finished and signed. */
export function handoverLink(h: BoardHandover): string {
  return h.state === 'signed' ? careBoardPaths.handover(h) : careBoardPaths.handoverShift(h);
}

/** Today's handovers and the night that started yesterday, with their state and who signed. */
export function HandoversCard({ view }: { view: CareBoardView }) {
  const { t } = useTranslation('care-board');
  const dateText = useDateText();
  return (
    <Card
      size="small"
      title={heading(t('handovers.title'))}
      extra={<Link to={careBoardPaths.handovers}>{t('handovers.all')}</Link>}
      data-testid="board-handovers"
    >
      {view.handovers.length === 0 ? (
        <Typography.Text>{t('handovers.none')}</Typography.Text>
      ) : (
        <ul className="board-lines">
          {view.handovers.map((h) => (
            <li key={h.id} data-testid="board-handover" data-state={h.state}>
              <Link to={handoverLink(h)}>
                {t('handovers.shift', { date: dateText(h.date), shift: h.shiftCode })}
                {' · '}
                {h.area || t('handovers.wholeCenter')}
              </Link>
              <Tag color={h.state === 'signed' ? 'success' : 'warning'} style={{ fontSize: 14 }}>
                {t(`handovers.state.${h.state}`)}
              </Tag>
              <span>
                {t('handovers.signedBy', {
                  outgoing: h.outgoing ?? t('handovers.unsigned'),
                  incoming: h.incoming ?? t('handovers.unsigned'),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Who is on duty, from whatever source the view names (the handover today, the roster later). */
export function OnDutyCard({ view }: { view: CareBoardView }) {
  const { t } = useTranslation('care-board');
  const { list: listText } = useFormat();
  const { onDuty } = view;
  const source: string = onDuty.source;
  const sourceText =
    source === 'handover'
      ? t('onDuty.source.handover')
      : source === 'roster'
        ? t('onDuty.source.roster')
        : t('onDuty.source.other', { source });
  return (
    <Card size="small" title={heading(t('onDuty.title'))} data-testid="board-on-duty" data-source={source}>
      {onDuty.staff.length === 0 ? (
        <Typography.Text>{t('onDuty.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={2}>
          <span style={{ fontSize: 18, fontWeight: 600 }} data-testid="board-on-duty-names">
            {listText(onDuty.staff.map((s) => s.name))}
          </span>
          <Typography.Text type="secondary">{sourceText}</Typography.Text>
        </Flex>
      )}
      {view.cover.length > 0 && <TodayCover cover={view.cover} />}
    </Card>
  );
}

/** Each of today's shifts: carers needed by the residents in the house against carers rostered (issue: the board shows today's cover). */
function TodayCover({ cover }: { cover: CoverCell[] }) {
  const { t } = useTranslation('care-board');
  return (
    <Flex vertical gap={2} style={{ marginTop: 8 }} data-testid="board-cover">
      <Typography.Text strong>{t('onDuty.cover')}</Typography.Text>
      {cover.map((cell) => (
        <span key={`${cell.date}-${cell.shiftCode}`} data-testid="board-cover-line" data-short={cell.short}>
          {t('onDuty.coverLine', {
            code: cell.shiftCode,
            time: cell.startsAt.slice(11),
            needed: cell.needed,
            rostered: cell.rostered,
          })}
          {' · '}
          {cell.short > 0 ? (
            <strong style={{ color: '#a8071a' }}>{t('onDuty.short', { count: cell.short })}</strong>
          ) : (
            t('onDuty.enough')
          )}
        </span>
      ))}
    </Flex>
  );
}

/** Staff certificates expired or expiring soon, each linked to the staff record. */
export function CertificatesCard({ view }: { view: CareBoardView }) {
  const { t } = useTranslation('care-board');
  const mayManage = useMay('staff.manage');
  return (
    <Card size="small" title={heading(t('certificates.title'))} data-testid="board-certificates">
      {view.certificatesDue.length === 0 ? (
        <Typography.Text type="secondary">{t('none')}</Typography.Text>
      ) : (
        <ul className="board-lines">
          {view.certificatesDue.map((c) => (
            <li key={`${c.staffId}-${c.certificate.id}`}>
              <Link to={mayManage ? staffPaths.staffEdit(c.staffId) : staffPaths.staff}>{c.staffName}</Link>
              <CertificateName due={c} />
              <CertificateWhen due={c} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function CertificateName({ due }: { due: CertificateDue }) {
  const { t } = useTranslation('staff');
  const kind = t(`certificateKind.${due.certificate.kind}`);
  return (
    <span>{due.certificate.kind === 'other' && due.certificate.name ? due.certificate.name : kind}</span>
  );
}

export function useCertificateWhen(): (due: CertificateDue) => string {
  const { t } = useTranslation('care-board');
  return (due) =>
    due.daysLeft < 0
      ? t('certificates.expired', { days: -due.daysLeft })
      : due.daysLeft === 0
        ? t('certificates.today')
        : t('certificates.expiresIn', { days: due.daysLeft });
}

function CertificateWhen({ due }: { due: CertificateDue }) {
  const when = useCertificateWhen();
  return <span style={due.daysLeft <= 0 ? { color: WARN, fontWeight: 600 } : undefined}>{when(due)}</span>;
}
