import { useMutation } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/ipc/api';
import { care } from './bridge';
import { unwrap } from './unwrap';

/** The current view of the list as an Excel file (base64), headers in the user's language. */
export function usePeopleExport() {
  return useMutation({
    mutationFn: (filter: InputOf<'people.export'>) => unwrap(care.people.export(filter)),
  });
}
