import { useParams } from 'react-router-dom';
import { Skeleton } from 'antd';
import { usePerson } from '../../people';
import { RiskAssessmentForm } from './risk-assessment-form';
import { PersonLoadFailed } from '../person-load-failed';

/** `/people/:id/assess/risk`: a GB 38600-2019 service-safety risk assessment. */
export function RiskAssessmentPage() {
  const { id = '' } = useParams();
  const detail = usePerson(id);
  if (detail.isPending) return <Skeleton active data-testid="risk-loading" />;
  if (detail.isError) return <PersonLoadFailed personId={id} error={detail.error} />;
  return <RiskAssessmentForm person={detail.data.person} />;
}
