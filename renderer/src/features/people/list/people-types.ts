import type { OutputOf } from '../../../../../shared/ipc/api';

/** One row of the elders list, as `people.list` answers it. */
export type PersonListItem = OutputOf<'people.list'>['items'][number];
/** Everything the person page shows, as `people.get` answers it. */
export type PersonDetail = OutputOf<'people.get'>;
