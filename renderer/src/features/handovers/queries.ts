import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/api';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';
import { SHOWS_OWN_ERRORS } from '../../app';

/**
 * react-query keys of the handover screens. Everything starts with
 * `handovers`, so one invalidation after a save, a signature or an addendum
 * refreshes the list, the compiled draft and the saved record together.
 */
export const handoversKeys = {
  all: ['handovers'] as const,
  list: (range: InputOf<'handovers.list'>) => ['handovers', 'list', range] as const,
  compile: (key: InputOf<'handovers.compile'>) => ['handovers', 'compile', key] as const,
  one: (id: string, date: string) => ['handovers', 'one', id, date] as const,
  roundPlan: ['handovers', 'roundPlan'] as const,
  /** The staff feature's key for the same call, so both screens share one answer and its refreshes. */
  shiftTemplates: ['staff', 'shiftTemplates'] as const,
};

/** The handovers of a date range, oldest first; asks nothing while `enabled` is false. */
export function useHandoverList(range: InputOf<'handovers.list'>, enabled = true) {
  return useQuery({
    queryKey: handoversKeys.list(range),
    queryFn: () => unwrap(care.handovers.list(range)),
    enabled,
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

/** The shift's draft as compiled now, with the saved handover when there is one. */
export function useCompiledHandover(key: InputOf<'handovers.compile'> | null) {
  return useQuery({
    queryKey: handoversKeys.compile(key ?? { date: '', shiftCode: '', area: '' }),
    queryFn: () => unwrap(care.handovers.compile(key ?? { date: '', shiftCode: '', area: '' })),
    enabled: key !== null,
    staleTime: 0,
  });
}

export function useHandover(id: string, date: string | null) {
  return useQuery({
    queryKey: handoversKeys.one(id, date ?? ''),
    queryFn: () => unwrap(care.handovers.get({ id, date: date ?? '' })),
    enabled: date !== null,
    staleTime: 0,
  });
}

export function useShiftTemplates() {
  return useQuery({
    queryKey: handoversKeys.shiftTemplates,
    queryFn: () => unwrap(care.staff.shiftTemplates()),
  });
}

export function useRoundPlan() {
  return useQuery({ queryKey: handoversKeys.roundPlan, queryFn: () => unwrap(care.rounds.plan()) });
}

/**
 * A change to a handover. Its forms show the core's refusals beside the field
 * they concern (a wrong password under the password), so the app-wide
 * notification would only repeat them.
 */
function useHandoverMutation<I, O>(call: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    meta: SHOWS_OWN_ERRORS,
    onSuccess: () => client.invalidateQueries({ queryKey: handoversKeys.all }),
  });
}

export const useSaveDraft = () =>
  useHandoverMutation((input: InputOf<'handovers.saveDraft'>) => unwrap(care.handovers.saveDraft(input)));
export const useSignHandover = () =>
  useHandoverMutation((input: InputOf<'handovers.sign'>) => unwrap(care.handovers.sign(input)));
export const useAddAddendum = () =>
  useHandoverMutation((input: InputOf<'handovers.addendum'>) => unwrap(care.handovers.addendum(input)));
