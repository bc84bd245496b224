import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { getSettings, saveSettings } from './settings-service';

export function settingsHandlers(ctx: HandlerContext): FeatureHandlers<'settings'> {
  return {
    'settings.get': () => Promise.resolve(getSettings(ctx.store())),
    'settings.save': async (input) => {
      const saved = await saveSettings(ctx.store(), ctx.actor, input);
      // The settings carry the language choice.
      ctx.languages.refresh();
      return saved;
    },
  };
}
