import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePerson } from '../api/usePerson';
import { errorText } from '../api/errorText';
import { AbilityAssessmentForm } from './AbilityAssessmentForm';
import { personFactors } from './personFactors';
import { BackToPerson } from './BackToPerson';

/** `/people/:id/assess/ability`: a new GB/T 42195-2022 assessment of one person. */
export function AbilityAssessmentPage() {
  const { t } = useTranslation('assessment');
  const { id = '' } = useParams();
  const detail = usePerson(id);
  const factors = useMemo(() => (detail.data ? personFactors(detail.data) : null), [detail.data]);
  if (detail.isPending) return <Skeleton active data-testid="ability-loading" />;
  if (detail.isError || !factors) {
    return (
      <Result
        status="warning"
        title={t('loadFailed')}
        subTitle={errorText(detail.error)}
        extra={<BackToPerson personId={id} />}
      />
    );
  }
  return <AbilityAssessmentForm person={detail.data.person} factors={factors} />;
}
