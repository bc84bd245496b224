import { CHANNELS } from './channels';
import { careApiFromList } from './api-from-list';
import type { Transport } from './api-from-list';
import type { CareApi } from './api';

export type { Transport } from './api-from-list';

/** The grouped API over every contract channel (for the browser bridge, which may load the contract). */
export function buildCareApi(transport: Transport): CareApi {
  return careApiFromList(CHANNELS, transport);
}
