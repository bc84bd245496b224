import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../../shared/ipc/people';
import { AbilityHistoryTable } from './ability-history-table';
import { RiskHistoryTable } from './risk-history-table';
import { LevelChart } from './level-chart';

/** The person page's assessment section: level over time and both histories (new ones start from the page header). */
export function AssessmentHistory({ detail }: { detail: PersonDetail }) {
  const { t } = useTranslation('assessment');
  const id = detail.person.id;
  return (
    <Flex vertical gap={16} data-testid="assessment-history">
      <Card size="small" title={t('history.ability')}>
        {detail.abilityAssessments.some((a) => !a.voided) && (
          <>
            <Typography.Text strong>{t('history.chart')}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {t('history.chartHelp')}
            </Typography.Text>
            <LevelChart assessments={detail.abilityAssessments} />
          </>
        )}
        <AbilityHistoryTable personId={id} assessments={detail.abilityAssessments} />
      </Card>
      <Card size="small" title={t('history.risk')}>
        <RiskHistoryTable assessments={detail.riskAssessments} />
      </Card>
    </Flex>
  );
}
