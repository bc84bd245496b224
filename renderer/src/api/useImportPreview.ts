import { useMutation } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/ipc/api';
import { care } from './bridge';
import { unwrap } from './unwrap';

/** Read a chosen file with a column mapping and check every row; nothing is written. */
export function useImportPreview() {
  return useMutation({
    mutationFn: (input: InputOf<'people.importPreview'>) => unwrap(care.people.importPreview(input)),
  });
}
