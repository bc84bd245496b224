import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/api';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';
import { SHOWS_OWN_ERRORS } from '../../app';
import { todayIso } from '../../components/today-iso';
import { daysBefore, mergeRows, rangeChunks } from './incident-time';

/**
 * react-query keys of incidents. Everything starts with `incidents`, so one
 * invalidation after any change refreshes the list and the incident together.
 */
export const incidentsKeys = {
  all: ['incidents'] as const,
  list: (from: string, to: string) => ['incidents', 'list', from, to] as const,
  one: (id: string, date: string) => ['incidents', 'one', id, date] as const,
};

/** Incidents dated `from`..`to` and every open one, asked in pieces the core answers. */
async function listBetween(from: string, to: string) {
  const answers = await Promise.all(rangeChunks(from, to).map((range) => unwrap(care.incidents.list(range))));
  return mergeRows(answers);
}

export function useIncidentList(from: string, to: string) {
  return useQuery({
    queryKey: incidentsKeys.list(from, to),
    queryFn: () => listBetween(from, to),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

/** How far back an address without `?date=` looks for its incident (the core keeps open ones a year). */
const LOOKUP_DAYS = 365;

/**
 * One incident. With its date the core reads one month; an address without
 * it (typed, or an old link) finds the incident among the last year's.
 */
export function useIncident(id: string, date: string | null) {
  const from = daysBefore(todayIso(), LOOKUP_DAYS);
  const to = todayIso();
  const byDate = useQuery({
    queryKey: incidentsKeys.one(id, date ?? ''),
    queryFn: () => unwrap(care.incidents.get({ id, date: date ?? '' })),
    enabled: date !== null,
    staleTime: 0,
    retry: false,
  });
  const searched = useQuery({
    queryKey: incidentsKeys.list(from, to),
    queryFn: () => listBetween(from, to),
    enabled: date === null,
    staleTime: 0,
  });
  if (date !== null) return { row: byDate.data, isPending: byDate.isPending, notFound: byDate.isError };
  const row = searched.data?.find((r) => r.incident.id === id);
  return { row, isPending: searched.isPending, notFound: searched.isError || (searched.isSuccess && !row) };
}

/** Every incident change shows its refusal itself (beside the field, or by the button). */
function useIncidentMutation<I, O>(call: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    meta: SHOWS_OWN_ERRORS,
    onSuccess: async () => {
      // The board counts open incidents and the due list counts falls: both read again.
      await client.invalidateQueries();
    },
  });
}

export const useReportIncident = () =>
  useIncidentMutation((input: InputOf<'incidents.report'>) => unwrap(care.incidents.report(input)));
export const useUpdateIncident = () =>
  useIncidentMutation((input: InputOf<'incidents.update'>) => unwrap(care.incidents.update(input)));
export const useNotifyFamily = () =>
  useIncidentMutation((input: InputOf<'incidents.notifyFamily'>) =>
    unwrap(care.incidents.notifyFamily(input)),
  );
export const useReviewIncident = () =>
  useIncidentMutation((input: InputOf<'incidents.review'>) => unwrap(care.incidents.review(input)));
export const useCloseIncident = () =>
  useIncidentMutation((input: InputOf<'incidents.close'>) => unwrap(care.incidents.close(input)));
