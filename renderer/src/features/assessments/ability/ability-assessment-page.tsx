import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { Skeleton } from 'antd';
import { usePerson } from '../../people';
import { AbilityAssessmentForm } from './ability-assessment-form';
import { personFactors } from './person-factors';
import { PersonLoadFailed } from '../person-load-failed';

/** `/people/:id/assess/ability`: a new GB/T 42195-2022 assessment of one person. */
export function AbilityAssessmentPage() {
  const { id = '' } = useParams();
  const detail = usePerson(id);
  const factors = useMemo(() => (detail.data ? personFactors(detail.data) : null), [detail.data]);
  if (detail.isPending) return <Skeleton active data-testid="ability-loading" />;
  if (detail.isError || !factors) return <PersonLoadFailed personId={id} error={detail.error} />;
  return <AbilityAssessmentForm person={detail.data.person} factors={factors} />;
}
