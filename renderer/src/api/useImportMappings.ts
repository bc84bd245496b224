import { useQuery } from '@tanstack/react-query';
import { peopleKeys } from '../people/peopleKeys';
import { care } from './bridge';
import { unwrap } from './unwrap';

/** Column mappings saved by earlier imports, by name. */
export function useImportMappings() {
  return useQuery({
    queryKey: peopleKeys.mappings,
    queryFn: () => unwrap(care.people.importMappings()),
  });
}
