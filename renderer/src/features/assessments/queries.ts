import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/api';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';
import { peopleKeys } from '../people';
import { SHOWS_OWN_ERRORS } from '../../app';

/**
 * Assessments are shown on the elders' pages and lists, so their keys live
 * under `people` (see peopleKeys): one invalidation after a save refreshes them all.
 */
export const assessmentKeys = {
  due: [...peopleKeys.all, 'due'] as const,
};

/** Elders whose ability assessment is due again (interval passed, or incidents suggest a change). */
export function usePeopleDue() {
  return useQuery({
    queryKey: assessmentKeys.due,
    queryFn: () => unwrap(care.assessments.due()),
    staleTime: 0,
  });
}

/** Save an ability assessment (the core recomputes the result); lists, pages and the due list are re-read. */
export function useAssessmentSaveAbility() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'assessments.saveAbility'>) => unwrap(care.assessments.saveAbility(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
    // The form shows a refusal beside its field, or as a message when it names none.
    meta: SHOWS_OWN_ERRORS,
  });
}

/** Save a service-safety risk assessment; the person's page is re-read afterwards. */
export function useAssessmentSaveRisk() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'assessments.saveRisk'>) => unwrap(care.assessments.saveRisk(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
    // The form shows a refusal beside its field, or as a message when it names none.
    meta: SHOWS_OWN_ERRORS,
  });
}
