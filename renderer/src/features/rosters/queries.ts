import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/api';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';
import { SHOWS_OWN_ERRORS } from '../../app';

/**
 * react-query keys of the roster. Everything starts with `rosters`, so one
 * invalidation after any change refreshes every grid, cover and print.
 */
export const rostersKeys = {
  all: ['rosters'] as const,
  grid: (query: InputOf<'rosters.grid'>) => ['rosters', 'grid', query] as const,
  holidays: (year: number) => ['rosters', 'holidays', year] as const,
  rules: ['rosters', 'rules'] as const,
};

/** The grid of a period; the previous period stays on screen while the next one loads. */
export function useRosterGrid(query: InputOf<'rosters.grid'>) {
  return useQuery({
    queryKey: rostersKeys.grid(query),
    queryFn: () => unwrap(care.rosters.grid(query)),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

export function useHolidays(year: number) {
  return useQuery({
    queryKey: rostersKeys.holidays(year),
    queryFn: () => unwrap(care.rosters.holidays({ year })),
    staleTime: 0,
  });
}

export function useRosterRules() {
  return useQuery({ queryKey: rostersKeys.rules, queryFn: () => unwrap(care.rosters.rules()), staleTime: 0 });
}

/** Every roster change shows its own refusal (at the cell, beside the field), never the app's toast. */
function useRostersMutation<I, O>(call: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    meta: SHOWS_OWN_ERRORS,
    onSuccess: () => client.invalidateQueries({ queryKey: rostersKeys.all }),
  });
}

export function useSetCells() {
  return useRostersMutation((input: InputOf<'rosters.setCells'>) => unwrap(care.rosters.setCells(input)));
}

export function useApplyPattern() {
  return useRostersMutation((input: InputOf<'rosters.applyPattern'>) =>
    unwrap(care.rosters.applyPattern(input)),
  );
}

export function useCopyRange() {
  return useRostersMutation((input: InputOf<'rosters.copy'>) => unwrap(care.rosters.copy(input)));
}

export function useSwap() {
  return useRostersMutation((input: InputOf<'rosters.swap'>) => unwrap(care.rosters.swap(input)));
}

export function usePublish() {
  return useRostersMutation((input: InputOf<'rosters.publish'>) => unwrap(care.rosters.publish(input)));
}

export function useSaveHolidays() {
  return useRostersMutation((input: InputOf<'rosters.saveHolidays'>) =>
    unwrap(care.rosters.saveHolidays(input)),
  );
}

export function useSaveRules() {
  return useRostersMutation((input: InputOf<'rosters.saveRules'>) => unwrap(care.rosters.saveRules(input)));
}

/** The areas staff work in, for the grid's filter (the roster of a filtered grid no longer lists them all). */
export function useStaffAreas() {
  return useQuery({
    queryKey: ['rosters', 'staffAreas'] as const,
    queryFn: async () => {
      const staff = await unwrap(care.staff.list({ active: true }));
      return [...new Set(staff.map((s) => s.area ?? ''))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    },
  });
}

/** The posts of the center (built-in and its own), for the posts counted as care. */
export function usePostChoices() {
  return useQuery({
    queryKey: ['rosters', 'posts'] as const,
    queryFn: async () => {
      const posts = await unwrap(care.staff.posts());
      return { builtIn: posts.builtIn, custom: posts.custom };
    },
  });
}

/** The roster workbook of the month or week shown (reads only; the export is audited by the core). */
export function useExportRosterXlsx() {
  return useMutation({
    mutationFn: (input: InputOf<'rosters.exportXlsx'>) => unwrap(care.rosters.exportXlsx(input)),
  });
}
