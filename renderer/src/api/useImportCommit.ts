import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/ipc/api';
import { peopleKeys } from '../people/peopleKeys';
import { care } from './bridge';
import { unwrap } from './unwrap';

/** Import the good rows (the main process checks them again) and re-read every people list. */
export function useImportCommit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'people.importCommit'>) => unwrap(care.people.importCommit(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
