import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/ipc/api';
import { peopleKeys } from '../people/peopleKeys';
import { care } from './bridge';
import { unwrap } from './unwrap';

/** Save a service-safety risk assessment; the person's page is re-read afterwards. */
export function useAssessmentSaveRisk() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'assessments.saveRisk'>) => unwrap(care.assessments.saveRisk(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
