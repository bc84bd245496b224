import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/api';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';
import { SHOWS_OWN_ERRORS } from '../../app';

/**
 * react-query keys of rounds and patrols. Everything starts with `rounds`, so
 * one invalidation after a round, a patrol or a new plan refreshes the day,
 * the slots and the nights together.
 */
export const roundsKeys = {
  all: ['rounds'] as const,
  plan: ['rounds', 'plan'] as const,
  sheet: (query: InputOf<'rounds.sheet'>) => ['rounds', 'sheet', query] as const,
  list: (date: string) => ['rounds', 'list', date] as const,
  slots: (from: string, to: string) => ['rounds', 'slots', from, to] as const,
  patrols: (from: string, to: string) => ['rounds', 'patrols', from, to] as const,
  patrolNights: (from: string, to: string) => ['rounds', 'patrolNights', from, to] as const,
  staff: ['rounds', 'staff'] as const,
  shifts: ['rounds', 'shifts'] as const,
  facility: ['rounds', 'facility'] as const,
};

export function useRoundPlan() {
  return useQuery({ queryKey: roundsKeys.plan, queryFn: () => unwrap(care.rounds.plan()) });
}

/** Who a round of an area must see; asks nothing until area, date and time are known. */
export function useRoundSheet(query: InputOf<'rounds.sheet'> | null) {
  return useQuery({
    queryKey: roundsKeys.sheet(query ?? { area: '', date: '', time: '' }),
    queryFn: () => unwrap(care.rounds.sheet(query ?? { area: '', date: '', time: '' })),
    enabled: query !== null,
    staleTime: 0,
    // Another time typed keeps the list (and the marks on it) on screen while it is read again.
    placeholderData: (previous) => previous,
  });
}

export function useRoundsOn(date: string) {
  return useQuery({
    queryKey: roundsKeys.list(date),
    queryFn: () => unwrap(care.rounds.list({ date })),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

export function useRoundSlots(from: string, to: string) {
  return useQuery({
    queryKey: roundsKeys.slots(from, to),
    queryFn: () => unwrap(care.rounds.slots({ from, to })),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

export function usePatrols(from: string, to: string) {
  return useQuery({
    queryKey: roundsKeys.patrols(from, to),
    queryFn: () => unwrap(care.rounds.patrols({ from, to })),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

export function usePatrolNights(from: string, to: string) {
  return useQuery({
    queryKey: roundsKeys.patrolNights(from, to),
    queryFn: () => unwrap(care.rounds.patrolNights({ from, to })),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

/** Staff who may have made a round: the active ones, for the "who" box and for names in the lists. */
export function useRoundStaff() {
  return useQuery({ queryKey: roundsKeys.staff, queryFn: () => unwrap(care.staff.list({})) });
}

export function useShiftTemplates() {
  return useQuery({ queryKey: roundsKeys.shifts, queryFn: () => unwrap(care.staff.shiftTemplates()) });
}

/** Buildings and floors, for the places an area covers. */
export function usePlanFacility() {
  return useQuery({ queryKey: roundsKeys.facility, queryFn: () => unwrap(care.beds.facility()) });
}

function useRoundsMutation<I, O>(call: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    // The forms put the core's refusals beside their fields themselves.
    meta: SHOWS_OWN_ERRORS,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: roundsKeys.all });
    },
  });
}

export const useRecordRound = () =>
  useRoundsMutation((input: InputOf<'rounds.record'>) => unwrap(care.rounds.record(input)));
export const useRecordPatrol = () =>
  useRoundsMutation((input: InputOf<'rounds.recordPatrol'>) => unwrap(care.rounds.recordPatrol(input)));
export const useSavePlan = () =>
  useRoundsMutation((input: InputOf<'rounds.savePlan'>) => unwrap(care.rounds.savePlan(input)));
