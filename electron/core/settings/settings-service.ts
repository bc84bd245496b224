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
    // The roster rules are saved by their own channel: the settings form leaves them as they are.
    const settings: Settings = {
      ...input,
      rosterRules: tx.core.settings.rosterRules,
      updatedAt: now.toISOString(),
    };
    tx.set('settings', settings);
    return settings;
  });
}
