import { useParams } from 'react-router-dom';
import { Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePerson } from '../api/usePerson';
import { errorText } from '../api/errorText';
import { RiskAssessmentForm } from './RiskAssessmentForm';
import { BackToPerson } from './BackToPerson';

/** `/people/:id/assess/risk`: a GB 38600-2019 service-safety risk assessment. */
export function RiskAssessmentPage() {
  const { t } = useTranslation('assessment');
  const { id = '' } = useParams();
  const detail = usePerson(id);
  if (detail.isPending) return <Skeleton active data-testid="risk-loading" />;
  if (detail.isError) {
    return (
      <Result
        status="warning"
        title={t('loadFailed')}
        subTitle={errorText(detail.error)}
        extra={<BackToPerson personId={id} />}
      />
    );
  }
  return <RiskAssessmentForm person={detail.data.person} />;
}
