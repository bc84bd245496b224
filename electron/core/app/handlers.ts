import type { AppState } from '../../../shared/ipc/app';
import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { appState } from './app-state';

/** The app state as the renderer reads it right now. */
export function currentAppState(ctx: HandlerContext): AppState {
  return appState({
    store: ctx.store(),
    dataDir: ctx.dataDir,
    languages: ctx.languages,
    version: ctx.version,
  });
}

export function appHandlers(ctx: HandlerContext): FeatureHandlers<'app'> {
  return {
    'app.getState': () => Promise.resolve(currentAppState(ctx)),
    'app.setLanguage': async ({ language }) => {
      await ctx.languages.setPreference(language, ctx.actor);
      return currentAppState(ctx);
    },
  };
}
