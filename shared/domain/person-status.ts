/**
 * Where a person stands in the center's records. Kept apart from the zod
 * schemas so the elders list can offer the filter without loading zod.
 */
export const PERSON_STATUSES = ['active', 'deceased', 'movedAway'] as const;
