/** The center's profile, saved at first run and edited later. */
import { CenterSetupInputSchema } from '../schema';
import type { CenterProfile } from '../schema';
import { defineChannels, none, returns } from './define';

export const centerChannels = defineChannels('center', {
  'center.get': { input: none, output: returns<CenterProfile | null>(), permission: 'public' },
  'center.save': {
    input: CenterSetupInputSchema,
    output: returns<CenterProfile>(),
    permission: 'settings.manage',
  },
});
