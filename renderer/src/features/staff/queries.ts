import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/api';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';

/**
 * react-query keys for staff. Everything starts with `staff`, so one
 * invalidation after a save refreshes the list, the certificates due and the codes.
 */
export const staffKeys = {
  all: ['staff'] as const,
  list: (filter: InputOf<'staff.list'>) => ['staff', 'list', filter] as const,
  detail: (id: string) => ['staff', 'detail', id] as const,
  due: ['staff', 'certificatesDue'] as const,
  shiftTemplates: ['staff', 'shiftTemplates'] as const,
  dayCodes: ['staff', 'dayCodes'] as const,
  posts: ['staff', 'posts'] as const,
};

export function useStaffList(filter: InputOf<'staff.list'>) {
  return useQuery({
    queryKey: staffKeys.list(filter),
    queryFn: () => unwrap(care.staff.list(filter)),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

/** One staff member for the form; asks nothing while there is no id (a new staff member). */
export function useStaffMember(id: string | undefined) {
  return useQuery({
    queryKey: staffKeys.detail(id ?? ''),
    queryFn: () => unwrap(care.staff.get({ id: id ?? '' })),
    enabled: id !== undefined,
  });
}

export function useCertificatesDue() {
  return useQuery({
    queryKey: staffKeys.due,
    queryFn: () => unwrap(care.staff.certificatesDue()),
    staleTime: 0,
  });
}

export function useShiftTemplates() {
  return useQuery({ queryKey: staffKeys.shiftTemplates, queryFn: () => unwrap(care.staff.shiftTemplates()) });
}

export function useDayCodes() {
  return useQuery({ queryKey: staffKeys.dayCodes, queryFn: () => unwrap(care.staff.dayCodes()) });
}

export function usePosts() {
  return useQuery({ queryKey: staffKeys.posts, queryFn: () => unwrap(care.staff.posts()) });
}

function useStaffMutation<I, O>(call: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => client.invalidateQueries({ queryKey: staffKeys.all }),
  });
}

/** Create or update a staff member; lists and the certificates due are re-read. */
export function useStaffSave() {
  return useStaffMutation(
    (
      request:
        | { kind: 'create'; input: InputOf<'staff.create'> }
        | { kind: 'update'; input: InputOf<'staff.update'> },
    ) =>
      request.kind === 'create'
        ? unwrap(care.staff.create(request.input))
        : unwrap(care.staff.update(request.input)),
  );
}

export function useSaveShiftTemplate() {
  return useStaffMutation((input: InputOf<'staff.saveShiftTemplate'>) =>
    unwrap(care.staff.saveShiftTemplate(input)),
  );
}

export function useSaveDayCode() {
  return useStaffMutation((input: InputOf<'staff.saveDayCode'>) => unwrap(care.staff.saveDayCode(input)));
}

/** The posts live in the settings, so the settings are re-read too. */
export function useSavePosts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'staff.savePosts'>) => unwrap(care.staff.savePosts(input)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: staffKeys.all });
      await client.invalidateQueries({ queryKey: ['settings'] });
    },
  });
}
