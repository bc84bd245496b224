/** The contract's channel names, generated at build time (see electron.vite.config.ts). */
declare module 'virtual:care-channels' {
  // An ambient module cannot `import type` a relative path; an import() type is the only way to name Channel here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const CHANNELS: readonly import('../../../shared/ipc/channels').Channel[];
}
