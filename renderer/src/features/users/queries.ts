import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/api';
import type { UserView } from '../../../../shared/ipc/users';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';

/** react-query keys of the accounts list. */
export const usersKeys = {
  list: ['users', 'list'] as const,
};

export function useUsers() {
  return useQuery({ queryKey: usersKeys.list, queryFn: () => unwrap(care.users.list()), staleTime: 0 });
}

/** Every change answers the account as it now is; the list is re-read (last sign-in, blocks change on their own). */
function useUserMutation<I>(call: (input: I) => Promise<UserView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => client.invalidateQueries({ queryKey: usersKeys.list }),
  });
}

export function useCreateUser() {
  return useUserMutation((input: InputOf<'users.create'>) => unwrap(care.users.create(input)));
}

export function useUpdateUser() {
  return useUserMutation((input: InputOf<'users.update'>) => unwrap(care.users.update(input)));
}

export function useResetPassword() {
  return useUserMutation((input: InputOf<'users.resetPassword'>) => unwrap(care.users.resetPassword(input)));
}

export function useUnlockUser() {
  return useUserMutation((id: string) => unwrap(care.users.unlock({ id })));
}
