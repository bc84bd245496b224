import type { Settings, SettingsInput } from '../../../shared/schema';
import type { CareStore } from '../care-store';

export function getSettings(store: CareStore): Settings {
  return store.core.settings;
}

export async function saveSettings(
  store: CareStore,
  actor: string,
  input: SettingsInput,
  now = new Date(),
): Promise<Settings> {
  return store.mutate({ actor, action: 'settings.save' }, (tx) => {
    const settings: Settings = { ...input, updatedAt: now.toISOString() };
    tx.set('settings', settings);
    return settings;
  });
}
