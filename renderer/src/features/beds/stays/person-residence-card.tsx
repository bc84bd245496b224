import { Button, Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { PersonStay } from '../../../../../shared/ipc/beds';
import type { Person } from '../../../../../shared/schema';
import { todayIso } from '../../../components/today-iso';
import { useDateText } from '../../../i18n/use-date-text';
import { useMay } from '../../auth';
import { bedsPaths } from '../paths';
import { usePersonResidence } from '../queries';
import { bedPlaceText } from './bed-place';
import { admissionPrintPath, belongingsPrintPath } from './print-links';
import { currentResidence, openCritical } from './use-resident';
import type { CurrentResidence } from './use-resident';

/**
 * 入住/住院情况 on the elder's page: the stay open now (bed, admission,
 * contract, funding, whether away, 病危) with what may be done next, or
 * 办理入住 when not a resident; under it every stay with its beds and absences.
 */
export function PersonResidenceCard({ person }: { person: Person }) {
  const { t } = useTranslation('beds');
  const navigate = useNavigate();
  const residence = usePersonResidence(person.id);
  const mayManage = useMay('stays.manage');
  const mayRecord = useMay('care.record');
  const current = residence.data ? currentResidence(residence.data.stays) : null;
  const critical = residence.data ? openCritical(residence.data.critical) : null;
  const actions = current ? (
    <Flex gap={8} wrap>
      {mayManage && (
        <Button onClick={() => void navigate(bedsPaths.move(person.id))} data-testid="residence-move">
          {t('stays.card.actions.move')}
        </Button>
      )}
      {mayRecord &&
        (current.leave ? (
          <Button
            onClick={() => void navigate(bedsPaths.leaveBack(person.id, current.leave?.id ?? ''))}
            data-testid="residence-back"
          >
            {t('stays.card.actions.back')}
          </Button>
        ) : (
          <Button onClick={() => void navigate(bedsPaths.leaveOut(person.id))} data-testid="residence-leave">
            {t('stays.card.actions.leave')}
          </Button>
        ))}
      {mayRecord && (
        <Button onClick={() => void navigate(bedsPaths.critical(person.id))} data-testid="residence-critical">
          {t('stays.card.actions.critical')}
        </Button>
      )}
      {mayManage && (
        <Button
          danger
          onClick={() => void navigate(bedsPaths.discharge(person.id))}
          data-testid="residence-discharge"
        >
          {t('stays.card.actions.discharge')}
        </Button>
      )}
      <Button
        onClick={() => void navigate(admissionPrintPath(current.stay.stay.id, person.id))}
        data-testid="residence-print"
      >
        {t('stays.card.actions.print')}
      </Button>
    </Flex>
  ) : mayManage && person.status === 'active' ? (
    <Button
      type="primary"
      onClick={() => void navigate(bedsPaths.admit({ personId: person.id }))}
      data-testid="residence-admit"
    >
      {t('stays.card.admit')}
    </Button>
  ) : null;
  return (
    <Card
      title={t('stays.card.title')}
      size="small"
      loading={residence.isPending}
      data-testid="residence-card"
    >
      <Flex vertical gap={12}>
        {current ? (
          <CurrentStay current={current} criticalFrom={critical?.from ?? null} />
        ) : (
          <Typography.Text data-testid="residence-not-resident">
            {t('stays.card.notResident')}
          </Typography.Text>
        )}
        {actions}
        <StayHistory stays={residence.data?.stays ?? []} personId={person.id} />
      </Flex>
    </Card>
  );
}

function CurrentStay({ current, criticalFrom }: { current: CurrentResidence; criticalFrom: string | null }) {
  const { t } = useTranslation('beds');
  const dateText = useDateText();
  const { stay } = current.stay;
  const leave = current.leave;
  const overdue = leave?.expectedReturn != null && leave.expectedReturn < todayIso();
  const whereabouts = leave ? (
    <span data-testid="residence-away">
      <Tag color={leave.kind === 'hospital' ? 'purple' : 'blue'}>
        {t('stays.card.away', { kind: t(`stays.code.leaveKind.${leave.kind}`), from: dateText(leave.from) })}
      </Tag>
      {overdue && leave.expectedReturn && (
        <Tag color="red">{t('stays.card.overdue', { date: dateText(leave.expectedReturn) })}</Tag>
      )}
    </span>
  ) : (
    <span data-testid="residence-in-house">{t('stays.card.inHouse')}</span>
  );
  const contract = stay.contractTerm
    ? t('stays.card.contractTerm', {
        number: stay.contractNumber ?? '',
        from: dateText(stay.contractTerm.from),
        to: dateText(stay.contractTerm.to),
      })
    : (stay.contractNumber ?? '');
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        {
          key: 'bed',
          label: t('stays.card.bed'),
          children: <span data-testid="residence-bed">{bedPlaceText(t, current.place)}</span>,
        },
        {
          key: 'admitted',
          label: t('stays.card.admittedOn'),
          children: <span data-testid="residence-admitted-on">{dateText(stay.admittedOn)}</span>,
        },
        { key: 'contract', label: t('stays.card.contract'), children: contract },
        { key: 'funding', label: t('stays.card.funding'), children: t(`stays.code.funding.${stay.funding}`) },
        { key: 'where', label: t('stays.card.whereabouts'), children: whereabouts },
        ...(criticalFrom
          ? [
              {
                key: 'critical',
                label: t('stays.card.critical'),
                children: (
                  <Tag color="red" data-testid="residence-critical-tag">
                    {t('stays.card.critical')}{' '}
                    {t('stays.card.criticalSince', { date: dateText(criticalFrom) })}
                  </Tag>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function StayHistory({ stays, personId }: { stays: PersonStay[]; personId: string }) {
  const { t } = useTranslation('beds');
  const dateText = useDateText();
  const navigate = useNavigate();
  const range = (from: string, to: string | null) =>
    to === null
      ? t('stays.card.since', { from: dateText(from) })
      : t('stays.card.stayRange', { from: dateText(from), to: dateText(to) });
  if (stays.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stays.card.noHistory')} />;
  return (
    <div data-testid="residence-history">
      <Typography.Title level={2} style={{ fontSize: 14 }}>
        {t('stays.card.history')}
      </Typography.Title>
      <Flex vertical gap={8}>
        {[...stays].reverse().map((s) => (
          <div
            key={s.stay.id}
            style={{ borderTop: '1px solid rgba(0, 0, 0, 0.06)', paddingTop: 8 }}
            data-testid="residence-history-stay"
          >
            <Flex justify="space-between" align="baseline" wrap gap={8}>
              <Typography.Text strong>
                {range(s.stay.admittedOn, s.stay.dischargedOn)}
                {s.stay.dischargeReason &&
                  ` · ${t('stays.card.discharged', { reason: t(`stays.code.dischargeReason.${s.stay.dischargeReason}`) })}`}
              </Typography.Text>
              <Flex gap={4}>
                <Button
                  size="small"
                  type="link"
                  onClick={() => void navigate(admissionPrintPath(s.stay.id, personId))}
                >
                  {t('stays.card.actions.print')}
                </Button>
                {s.stay.dischargedOn && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => void navigate(belongingsPrintPath(s.stay.id, personId))}
                  >
                    {t('stays.card.actions.printBelongings')}
                  </Button>
                )}
              </Flex>
            </Flex>
            {s.beds.map((b) => (
              <div key={b.id}>
                <Typography.Text type="secondary">
                  {t('stays.card.labelled', { label: t('stays.card.bed') })}
                </Typography.Text>
                {t('stays.card.bedRange', { bed: bedPlaceText(t, b.place), range: range(b.from, b.to) })}
              </div>
            ))}
            {s.leaves.map((l) => (
              <div key={l.id}>
                <Typography.Text type="secondary">
                  {t('stays.card.labelled', { label: t(`stays.code.leaveKind.${l.kind}`) })}
                </Typography.Text>
                {l.returnedAt === null
                  ? t('stays.card.notBackSince', { from: dateText(l.from) })
                  : t('stays.card.stayRange', { from: dateText(l.from), to: dateText(l.returnedAt) })}
              </div>
            ))}
          </div>
        ))}
      </Flex>
    </div>
  );
}
