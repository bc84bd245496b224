import { useSearchParams } from 'react-router-dom';
import { paramsFromView, viewFromParams } from './people-filter';
import type { PeopleView } from './people-filter';

/** The list's search, filters, sort and page, read from and written to the address (replacing, not stacking history). */
export function usePeopleView(): { view: PeopleView; update: (change: Partial<PeopleView>) => void } {
  const [params, setParams] = useSearchParams();
  const update = (change: Partial<PeopleView>) => {
    // A new search or filter starts again from the first page.
    const page = change.page ?? 1;
    setParams((prev) => paramsFromView({ ...viewFromParams(prev), ...change, page }), { replace: true });
  };
  return { view: viewFromParams(params), update };
}
