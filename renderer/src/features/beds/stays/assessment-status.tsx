import { Alert, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDateText } from '../../../i18n/use-date-text';
import { assessmentPaths } from '../../assessments';
import type { AssessmentAge } from './admit-values';

interface Props {
  personId: string;
  ability: AssessmentAge;
  risk: AssessmentAge;
  maxAgeDays: number;
}

/**
 * The assessments an admission relies on, each with its date and whether it
 * is recent enough on the admission day, and a link to assess when not.
 */
export function AssessmentStatus({ personId, ability, risk, maxAgeDays }: Props) {
  const { t } = useTranslation('beds');
  const dateText = useDateText();
  const row = (age: AssessmentAge, assessPath: string, testId: string) => (
    <span data-testid={testId} data-fresh={age.fresh ? 'true' : 'false'}>
      {age.date === null ? (
        <Tag color="red">{t('stays.admit.missing')}</Tag>
      ) : (
        <>
          {t('stays.admit.assessedOn', { date: dateText(age.date), days: age.days ?? 0 })}{' '}
          {age.fresh ? (
            <Tag color="green">{t('stays.admit.fresh')}</Tag>
          ) : (
            <Tag color="red">{t('stays.admit.tooOld', { max: maxAgeDays })}</Tag>
          )}
        </>
      )}
      {!age.fresh && <Link to={assessPath}>{t('stays.admit.assessNow')}</Link>}
    </span>
  );
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'ability',
            label: t('stays.admit.abilityAssessment'),
            children: row(ability, assessmentPaths.assessAbility(personId), 'admit-ability-age'),
          },
          {
            key: 'risk',
            label: t('stays.admit.riskAssessment'),
            children: row(risk, assessmentPaths.assessRisk(personId), 'admit-risk-age'),
          },
        ]}
      />
      {!(ability.fresh && risk.fresh) && (
        <Alert
          type="warning"
          showIcon
          title={t('stays.admit.needsOverride', { max: maxAgeDays })}
          style={{ margin: '12px 0' }}
          data-testid="admit-needs-override"
        />
      )}
    </>
  );
}
