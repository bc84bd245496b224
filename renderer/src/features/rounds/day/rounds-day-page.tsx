import { Alert, Button, Empty, Flex, Skeleton } from 'antd';
import { EditOutlined, FireOutlined, SettingOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { addDaysIso } from '../../../../../shared/domain/census';
import { PageTitle } from '../../../components/page-title';
import { useReadOnly } from '../../../app';
import { useMay } from '../../auth';
import { roundsPaths } from '../paths';
import { useRoundPlan, useRoundSlots, useRoundStaff, useRoundsOn } from '../queries';
import { AreaDayCard } from './area-day-card';
import { DayBar } from './day-bar';
import { roundsOfDay } from './day-rounds';
import { useDayParam } from './use-day-param';

/** 查房: the rounds of one day and the night after it, per area, as the plan asks for them. */
export function RoundsDayPage() {
  const { t } = useTranslation('rounds');
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const mayRecord = useMay('care.record') && !readOnly;
  const mayPlan = useMay('settings.manage') && !readOnly;
  const { date, today, setDate } = useDayParam();
  const plan = useRoundPlan();
  // The night before is asked too: a round after midnight dated today may have kept its slot.
  const slots = useRoundSlots(addDaysIso(date, -1), date);
  const rounds = useRoundsOn(date);
  const roundsAfter = useRoundsOn(addDaysIso(date, 1));
  const staff = useRoundStaff();
  const names = new Map((staff.data ?? []).map((s) => [s.id, s.name]));
  const ready = plan.data && slots.data && rounds.data && roundsAfter.data;
  const days = ready
    ? roundsOfDay(
        date,
        plan.data.areas.map((a) => a.name),
        slots.data,
        [...rounds.data, ...roundsAfter.data],
      )
    : [];
  const failed = plan.error ?? slots.error ?? rounds.error ?? roundsAfter.error;
  return (
    <div data-testid="rounds-day" data-date={date} data-ready={ready ? 'true' : 'false'}>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <PageTitle style={{ margin: 0 }}>{t('day.title')}</PageTitle>
        <Flex gap={8} wrap>
          {mayRecord && (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => void navigate(roundsPaths.record())}
              data-testid="rounds-record"
            >
              {t('day.recordNow')}
            </Button>
          )}
          <Button
            icon={<FireOutlined />}
            onClick={() => void navigate(roundsPaths.patrols())}
            data-testid="rounds-patrols"
          >
            {t('day.patrols')}
          </Button>
          {mayPlan && (
            <Button
              icon={<SettingOutlined />}
              onClick={() => void navigate(roundsPaths.plan)}
              data-testid="rounds-plan"
            >
              {t('day.plan')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Flex vertical gap={12}>
        <DayBar date={date} today={today} onChange={setDate} testId="rounds-day-bar" />
        {failed && <Alert type="error" showIcon title={t('day.loadFailed', { message: failed.message })} />}
        {!ready ? (
          !failed && <Skeleton active />
        ) : days.length === 0 ? (
          <Empty description={t('day.noPlan')} />
        ) : (
          days.map((day) => (
            <AreaDayCard
              key={day.area}
              day={day}
              staffName={(id) => names.get(id) ?? t('day.unknownStaff')}
              mayRecord={mayRecord && date <= today}
            />
          ))
        )}
      </Flex>
    </div>
  );
}
