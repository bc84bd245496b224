import type { CenterProfile, Settings } from '../../../shared/schema';

/**
 * The part of the store (electron/core/store) the services use. Declared here
 * structurally so that services can be tested with the real store or a fake.
 */
export interface StoreReadOnly {
  reason: string;
  files: readonly (string | { file: string; problem?: string; reason?: string })[];
}

export interface MutationMeta {
  actor: string;
  action: string;
  summary?: string;
}

export interface StoreTx {
  readonly core: { readonly center: CenterProfile | null; readonly settings: Settings };
  set(singleton: 'center', value: CenterProfile): void;
  set(singleton: 'settings', value: Settings): void;
}

export interface StorePort {
  readonly readOnly: StoreReadOnly | null;
  /** Problems that did not stop the folder from opening (a failed start-up backup); optional for fakes. */
  readonly warnings?: readonly { code: string; params: Record<string, string | number> }[];
  readonly core: { readonly center: CenterProfile | null; readonly settings: Settings };
  mutate<T>(meta: MutationMeta, fn: (tx: StoreTx) => Promise<T> | T): Promise<T>;
}
