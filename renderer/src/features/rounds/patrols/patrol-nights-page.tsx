import { Alert, Button, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { FireOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { addDaysIso } from '../../../../../shared/domain/census';
import type { PatrolNight } from '../../../../../shared/ipc/rounds';
import type { Patrol } from '../../../../../shared/schema/rounds';
import { PageTitle } from '../../../components/page-title';
import { useDateText } from '../../../i18n/use-date-text';
import { useReadOnly } from '../../../app';
import { useMay } from '../../auth';
import { DayBar } from '../day/day-bar';
import { useDayParam } from '../day/use-day-param';
import { roundsPaths } from '../paths';
import { usePatrolNights, usePatrols, useRoundStaff } from '../queries';

/** How many nights the list shows, back from the day chosen: two weeks, one screen. */
const NIGHTS = 14;

const STATE_COLOURS: Record<PatrolNight['state'], string> = { done: 'green', open: 'gold', missed: 'red' };

/** 防火巡查: night by night, the patrols the plan asks for, those made, and what they found. */
export function PatrolNightsPage() {
  const { t } = useTranslation('rounds');
  const navigate = useNavigate();
  const dateText = useDateText();
  const readOnly = useReadOnly();
  const mayRecord = useMay('care.record') && !readOnly;
  const { date, today, setDate } = useDayParam();
  const from = addDaysIso(date, -(NIGHTS - 1));
  const nights = usePatrolNights(from, date);
  // A night's patrols after midnight are dated the next morning.
  const patrols = usePatrols(from, addDaysIso(date, 1));
  const staff = useRoundStaff();
  const names = new Map((staff.data ?? []).map((s) => [s.id, s.name]));
  const byId = new Map((patrols.data ?? []).map((p) => [p.id, p]));
  const failed = nights.error ?? patrols.error;
  return (
    <div data-testid="patrol-nights">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <PageTitle style={{ margin: 0 }}>{t('patrols.title')}</PageTitle>
        <Flex gap={8} wrap>
          {mayRecord && (
            <Button
              type="primary"
              icon={<FireOutlined />}
              onClick={() => void navigate(roundsPaths.recordPatrol())}
              data-testid="patrols-record"
            >
              {t('patrols.record')}
            </Button>
          )}
          <Button onClick={() => void navigate(roundsPaths.day())}>{t('patrols.backToRounds')}</Button>
        </Flex>
      </Flex>
      <Flex vertical gap={12}>
        <DayBar date={date} today={today} onChange={setDate} testId="patrols-day-bar" />
        {failed && <Alert type="error" showIcon title={t('day.loadFailed', { message: failed.message })} />}
        {!nights.data || !patrols.data ? (
          !failed && <Skeleton active />
        ) : (
          <Table<PatrolNight>
            rowKey="night"
            pagination={false}
            dataSource={[...nights.data].reverse()}
            onRow={(night) => ({ 'data-testid': 'patrol-night', 'data-night': night.night }) as object}
            columns={[
              { title: t('patrols.columns.night'), key: 'night', render: (_, n) => dateText(n.night) },
              {
                title: t('patrols.columns.counts'),
                key: 'counts',
                render: (_, n) => t('patrols.counts', { done: n.done, required: n.required }),
              },
              {
                title: t('patrols.columns.state'),
                key: 'state',
                render: (_, n) => <Tag color={STATE_COLOURS[n.state]}>{t(`patrols.state.${n.state}`)}</Tag>,
              },
              {
                title: t('patrols.columns.patrols'),
                key: 'patrols',
                render: (_, n) => (
                  <Flex vertical gap={4}>
                    {n.patrolIds.map((id) => {
                      const p = byId.get(id);
                      return p ? (
                        <PatrolLine key={id} patrol={p} staffName={names.get(p.staffId) ?? ''} />
                      ) : null;
                    })}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Flex>
    </div>
  );
}

function PatrolLine({ patrol, staffName }: { patrol: Patrol; staffName: string }) {
  const { t } = useTranslation('rounds');
  const findings = patrol.items.filter((i) => i.result === 'finding');
  return (
    <div data-testid="patrol-line" data-findings={findings.length}>
      <Typography.Text strong>{`${patrol.time} ${staffName}`}</Typography.Text>{' '}
      {findings.length === 0 ? (
        <Tag color="green">{t('patrols.allOk')}</Tag>
      ) : (
        findings.map((f) => (
          <div key={f.item}>
            <Tag color="red">{f.item}</Tag>
            {t('patrols.findingLine', { finding: f.finding, fix: f.fix || t('patrols.noFix') })}
          </div>
        ))
      )}
      {patrol.notes && <div>{patrol.notes}</div>}
    </div>
  );
}
