/** What other features of the core may use from the elders: the services' dependencies. */
export { peopleDeps } from './people-service';
export type { PeopleDeps } from './people-service';
/** Name spellings (pinyin, initials) and the pinyin sort key, for other lists of names. */
export { nameSortKey, nameSpellings } from './pinyin';
export { applyEndOfCare } from './end-of-care';
