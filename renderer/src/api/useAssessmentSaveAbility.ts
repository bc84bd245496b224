import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/ipc/api';
import { peopleKeys } from '../people/peopleKeys';
import { care } from './bridge';
import { unwrap } from './unwrap';

/** Save an ability assessment (the core recomputes the result); lists, pages and the due list are re-read. */
export function useAssessmentSaveAbility() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'assessments.saveAbility'>) => unwrap(care.assessments.saveAbility(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
