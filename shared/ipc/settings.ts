/** The center's settings (retention, reassessment interval, language…). */
import { SettingsInputSchema } from '../schema';
import type { Settings } from '../schema';
import { defineChannels, none, returns } from './define';

export const settingsChannels = defineChannels('settings', {
  'settings.get': { input: none, output: returns<Settings>(), permission: 'signedIn' },
  'settings.save': { input: SettingsInputSchema, output: returns<Settings>(), permission: 'settings.manage' },
});
