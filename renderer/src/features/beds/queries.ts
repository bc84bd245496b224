import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/api';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';
import { SHOWS_OWN_ERRORS } from '../../app';

/**
 * react-query keys of beds and stays. Everything starts with `beds`, so one
 * invalidation after any change (an admission, a move, a closed bed) refreshes
 * the board, the free beds and the histories together.
 */
export const bedsKeys = {
  all: ['beds'] as const,
  facility: ['beds', 'facility'] as const,
  board: (date: string) => ['beds', 'board', date] as const,
  freeBeds: (query: InputOf<'beds.freeBeds'>) => ['beds', 'freeBeds', query] as const,
  bedHistory: (bedId: string) => ['beds', 'bedHistory', bedId] as const,
  personHistory: (personId: string) => ['beds', 'personHistory', personId] as const,
};

export function useFacility() {
  return useQuery({ queryKey: bedsKeys.facility, queryFn: () => unwrap(care.beds.facility()) });
}

/** The board of one date; the previous date's board stays on screen while the next one loads. */
export function useBoard(date: string) {
  return useQuery({
    queryKey: bedsKeys.board(date),
    queryFn: () => unwrap(care.beds.board({ date })),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

/** Beds free from `date` on; asks nothing until a date is chosen. */
export function useFreeBeds(query: { date: string | null; personId?: string | undefined }) {
  const input: InputOf<'beds.freeBeds'> | null =
    query.date === null
      ? null
      : { date: query.date, ...(query.personId !== undefined ? { personId: query.personId } : {}) };
  return useQuery({
    queryKey: bedsKeys.freeBeds(input ?? { date: '' }),
    queryFn: () => unwrap(care.beds.freeBeds(input ?? { date: '' })),
    enabled: input !== null,
    staleTime: 0,
  });
}

export function useBedHistory(bedId: string) {
  return useQuery({
    queryKey: bedsKeys.bedHistory(bedId),
    queryFn: () => unwrap(care.beds.bedHistory({ bedId })),
  });
}

/** An elder's stays, beds, leaves and 病危 marks; asks nothing without an id. */
export function usePersonResidence(personId: string | undefined) {
  return useQuery({
    queryKey: bedsKeys.personHistory(personId ?? ''),
    queryFn: () => unwrap(care.beds.personHistory({ personId: personId ?? '' })),
    enabled: personId !== undefined,
    staleTime: 0,
  });
}

/**
 * A change to beds or stays. The elders are re-read too: an admission or a
 * discharge changes an elder's enrolments, a death their status.
 */
function useBedsMutation<I, O>(call: (input: I) => Promise<O>, meta?: typeof SHOWS_OWN_ERRORS) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    ...(meta ? { meta } : {}),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: bedsKeys.all }),
        client.invalidateQueries({ queryKey: ['people'] }),
      ]);
    },
  });
}

export const useSetupRooms = () =>
  useBedsMutation((input: InputOf<'beds.setupRooms'>) => unwrap(care.beds.setupRooms(input)));
export const useUpdateRoom = () =>
  useBedsMutation((input: InputOf<'beds.updateRoom'>) => unwrap(care.beds.updateRoom(input)));
export const useCloseBed = () =>
  useBedsMutation((input: InputOf<'beds.closeBed'>) => unwrap(care.beds.closeBed(input)));
export const useReopenBed = () =>
  useBedsMutation((input: InputOf<'beds.reopenBed'>) => unwrap(care.beds.reopenBed(input)));
export const useAdmit = () =>
  useBedsMutation((input: InputOf<'beds.admit'>) => unwrap(care.beds.admit(input)));
export const useMoveBed = () =>
  useBedsMutation((input: InputOf<'beds.move'>) => unwrap(care.beds.move(input)));
export const useLeaveOut = () =>
  useBedsMutation((input: InputOf<'beds.leaveOut'>) => unwrap(care.beds.leaveOut(input)));
export const useLeaveBack = () =>
  useBedsMutation((input: InputOf<'beds.leaveBack'>) => unwrap(care.beds.leaveBack(input)));
export const useDischarge = () =>
  useBedsMutation((input: InputOf<'beds.discharge'>) => unwrap(care.beds.discharge(input)));
export const useMarkCritical = () =>
  useBedsMutation((input: InputOf<'beds.markCritical'>) => unwrap(care.beds.markCritical(input)));
export const useEndCritical = () =>
  useBedsMutation((input: InputOf<'beds.endCritical'>) => unwrap(care.beds.endCritical(input)));

/**
 * The stay forms' changes: each form shows the core's refusals itself, beside
 * the field they concern, so the app-wide notification would only repeat them.
 */
export const useAdmitForm = () =>
  useBedsMutation((input: InputOf<'beds.admit'>) => unwrap(care.beds.admit(input)), SHOWS_OWN_ERRORS);
export const useMoveForm = () =>
  useBedsMutation((input: InputOf<'beds.move'>) => unwrap(care.beds.move(input)), SHOWS_OWN_ERRORS);
export const useLeaveOutForm = () =>
  useBedsMutation((input: InputOf<'beds.leaveOut'>) => unwrap(care.beds.leaveOut(input)), SHOWS_OWN_ERRORS);
export const useLeaveBackForm = () =>
  useBedsMutation((input: InputOf<'beds.leaveBack'>) => unwrap(care.beds.leaveBack(input)), SHOWS_OWN_ERRORS);
export const useDischargeForm = () =>
  useBedsMutation((input: InputOf<'beds.discharge'>) => unwrap(care.beds.discharge(input)), SHOWS_OWN_ERRORS);
export const useMarkCriticalForm = () =>
  useBedsMutation(
    (input: InputOf<'beds.markCritical'>) => unwrap(care.beds.markCritical(input)),
    SHOWS_OWN_ERRORS,
  );
export const useEndCriticalForm = () =>
  useBedsMutation(
    (input: InputOf<'beds.endCritical'>) => unwrap(care.beds.endCritical(input)),
    SHOWS_OWN_ERRORS,
  );
