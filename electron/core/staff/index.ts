/** What other parts of the core may use from staff: the pure rules verify checks stored data with. */
export { allCodes, codeKey, duplicateCodes } from './codes';
export type { CodeHolder } from './codes';
export { isKnownPost } from './posts';
export { certificatesDue } from './certificates';
