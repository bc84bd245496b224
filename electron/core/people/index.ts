/** What other features of the core may use from the elders: the services' dependencies. */
export { peopleDeps } from './people-service';
export type { PeopleDeps } from './people-service';
export { applyEndOfCare } from './end-of-care';
