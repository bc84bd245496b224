import { newId } from '../../../shared/schema/common';
import type { CenterProfile, CenterSetupInput } from '../../../shared/schema';
import type { CareStore } from '../care-store';

export function getCenter(store: CareStore): CenterProfile | null {
  return store.core.center;
}

/** First-run setup and later edits: keeps id and createdAt, stamps updatedAt. */
export async function saveCenter(
  store: CareStore,
  actor: string,
  input: CenterSetupInput,
  now = new Date(),
): Promise<CenterProfile> {
  return store.mutate({ actor, action: 'center.save', summary: input.name }, (tx) => {
    const existing = tx.core.center;
    const at = now.toISOString();
    const profile: CenterProfile = {
      ...input,
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    tx.set('center', profile);
    return profile;
  });
}
