import type { Settings, SettingsInput } from '../../../shared/schema';
import type { StorePort } from './store-port';

export function getSettings(store: StorePort): Settings {
  return store.core.settings;
}

export async function saveSettings(
  store: StorePort,
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
