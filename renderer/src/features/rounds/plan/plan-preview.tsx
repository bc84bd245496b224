import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { slotsOn } from '../../../../../shared/domain/round-plan';
import type { FirePatrolPlan, RoundPlanArea } from '../../../../../shared/schema/settings';
import { isTime } from '../../../../../shared/domain/dates';

/** The rounds the plan as typed gives for one day and the night after it, before it is saved. */
export function PlanPreview({
  areas,
  patrol,
  date,
}: {
  areas: RoundPlanArea[];
  patrol: FirePatrolPlan;
  date: string;
}) {
  const { t } = useTranslation('rounds');
  const usable = (a: RoundPlanArea) =>
    (a.night === null || (isTime(a.night.from) && isTime(a.night.to) && a.night.everyHours >= 1)) &&
    a.dayTimes.every(isTime);
  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('plan.previewTitle')}</h2>}
      data-testid="plan-preview"
    >
      <Descriptions column={1} bordered size="small">
        {areas.map((area, index) => (
          <Descriptions.Item key={index} label={area.name || t('plan.areaTitle', { index: index + 1 })}>
            {usable(area) ? (
              <span data-testid="plan-preview-area" data-area={area.name}>
                {slotsOn(area, date)
                  .map((s) => `${s.at.slice(11)}${s.kind === 'night' ? t('plan.nightMark') : ''}`)
                  .join('  ') || t('plan.noRounds')}
              </span>
            ) : (
              <Typography.Text type="danger">{t('plan.previewInvalid')}</Typography.Text>
            )}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('plan.patrolTitle')}>
          {t('plan.patrolPreview', { count: patrol.perNight, from: patrol.night.from, to: patrol.night.to })}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
