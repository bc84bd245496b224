import { Alert, Card, Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { AbilityLevelTag } from '../../assessments';
import { RiskSummary } from './risk-summary';
import type { PersonDetail } from '../list/people-types';
import { useDateText } from '../../../i18n/use-date-text';

/** 能力与风险: the level in force, when it was assessed, whether it is due again, and the raised risks. */
export function PersonAbilityCard({ detail }: { detail: PersonDetail }) {
  const { t } = useTranslation(['people', 'errors']);
  const dateText = useDateText();
  const latest = detail.abilityAssessments[0];
  const items: DescriptionsProps['items'] = [
    {
      key: 'level',
      label: t('person.currentLevel'),
      children: <AbilityLevelTag level={detail.currentLevel} />,
    },
    {
      key: 'assessed',
      label: t('person.lastAssessed'),
      children: latest ? (
        dateText(latest.date)
      ) : (
        <Typography.Text type="secondary">{t('person.neverAssessed')}</Typography.Text>
      ),
    },
    {
      key: 'events',
      label: t('person.recentRiskEvents'),
      children: t('person.eventCount', { count: detail.recentRiskEvents }),
    },
    { key: 'risks', label: t('person.risks'), children: <RiskSummary latest={detail.riskAssessments[0]} /> },
  ];
  return (
    <Card title={t('person.abilityAndRisk')} size="small" data-testid="person-ability">
      {detail.reassessmentDue.due && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('flags.due')}
          description={detail.reassessmentDue.reasons
            .map((code) => t(code, { ns: 'errors', defaultValue: t('people:flags.dueHelp') }))
            .join(t('person.listSeparator'))}
          data-testid="person-due"
        />
      )}
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}
