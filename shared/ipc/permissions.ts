/**
 * What a caller must be allowed to do for a channel to answer. Every channel
 * declares one. Until user accounts exist there is one local operator and
 * every channel is `public`; the accounts feature adds the real roles here,
 * and the dispatcher's check (electron/core/ipc/authorize.ts) must then decide
 * each new value, since its switch is exhaustive.
 */
export const PERMISSIONS = ['public'] as const;
export type Permission = (typeof PERMISSIONS)[number];
