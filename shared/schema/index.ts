/** Every zod schema of the product, and the document layout the store uses. */
export * from './messages';
export * from './common';
export * from './center';
export * from './settings';
export * from './person';
export * from './assessment';
export * from './facility';
export * from './residence';
export * from './network';
export * from './staff';
export * from './dayCare';
export * from './homeService';
export * from './rounds';
export * from './careLogs';
export * from './returns';
export * from './users';
export * from './documents';
