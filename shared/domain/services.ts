/**
 * The services a person can be enrolled in. Kept apart from the zod schemas
 * so the elders list can offer the filter without loading zod.
 */
export const SERVICES = ['residential', 'dayCare', 'homeService'] as const;
export type Service = (typeof SERVICES)[number];
