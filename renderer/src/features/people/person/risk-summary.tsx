import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RISK_CODES, riskLabelKey } from '../../../../../shared/domain/risk';
import type { RiskGrade } from '../../../../../shared/domain/risk';
import type { RiskAssessment } from '../../../../../shared/schema';
import { useDateText } from '../../../i18n/use-date-text';

const GRADE_COLOURS: Record<RiskGrade, string> = {
  none: 'default',
  low: 'green',
  medium: 'orange',
  high: 'red',
};

/** The latest safety-risk assessment in one line: the risks above low, highest first. */
export function RiskSummary({ latest }: { latest: RiskAssessment | undefined }) {
  const { t } = useTranslation(['people', 'domain']);
  const dateText = useDateText();
  if (!latest) return <Typography.Text type="secondary">{t('person.noRiskAssessment')}</Typography.Text>;
  const raised = RISK_CODES.map((code) => ({ code, grade: latest.risks[code].grade }))
    .filter((r) => r.grade === 'medium' || r.grade === 'high')
    .sort((a, b) => (a.grade === b.grade ? 0 : a.grade === 'high' ? -1 : 1));
  return (
    <Flex vertical gap={6} data-testid="person-risk-summary">
      <Typography.Text type="secondary">
        {t('person.riskAssessedOn', { date: dateText(latest.date) })}
      </Typography.Text>
      {raised.length === 0 ? (
        <Typography.Text>{t('person.noRaisedRisks')}</Typography.Text>
      ) : (
        <Flex gap={4} wrap>
          {raised.map((r) => (
            <Tag
              key={r.code}
              color={GRADE_COLOURS[r.grade]}
              style={{ marginInlineEnd: 0 }}
              data-testid="person-risk"
            >
              {t('person.riskGrade', {
                risk: t(riskLabelKey(r.code)),
                grade: t(`domain:riskGrade.${r.grade}`),
              })}
            </Tag>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
