import type { Channel } from '../../../shared/ipc/channels';
import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/api';
import type { BackupsPort } from '../services/backups-port';
import type { LanguageState } from '../services/language';
import type { StorePort } from '../services/store-port';
import type { CareStore } from '../people/care-store';
import { CareError } from '../../../shared/errors';
import { appState } from '../services/app-state';
import { getCenter, saveCenter } from '../services/center';
import { getSettings, saveSettings } from '../services/settings';

/** One async function per channel, typed from the contract. */
export type HandlerTable = {
  [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>>;
};

export interface HandlerContext {
  /** The open store; a function because restoring a backup replaces it. */
  store(): StorePort;
  /** The same store, typed with the whole core for the people and assessment services. */
  careStore(): CareStore;
  backups: BackupsPort;
  dataDir: string;
  /** Who is acting, for the audit log (one local operator until user accounts exist). */
  actor: string;
  version: string;
  languages: LanguageState;
}

export function createHandlers(ctx: HandlerContext): HandlerTable {
  const state = () => appState({ store: ctx.store(), dataDir: ctx.dataDir, languages: ctx.languages, version: ctx.version });
  return {
    'app.getState': () => Promise.resolve(state()),
    'app.setLanguage': async ({ language }) => {
      await ctx.languages.setPreference(language, ctx.actor);
      return state();
    },
    'center.get': () => Promise.resolve(getCenter(ctx.store())),
    'center.save': (input) => saveCenter(ctx.store(), ctx.actor, input),
    'settings.get': () => Promise.resolve(getSettings(ctx.store())),
    'settings.save': async (input) => {
      const saved = await saveSettings(ctx.store(), ctx.actor, input);
      ctx.languages.refresh();
      return saved;
    },
    'backups.list': () => ctx.backups.list(),
    'backups.create': () => ctx.backups.create(ctx.actor),
    'backups.restore': async ({ file }) => {
      await ctx.backups.restore(file, ctx.actor);
      ctx.languages.refresh();
      return state();
    },
    'people.list': notYet,
    'people.get': notYet,
    'people.create': notYet,
    'people.update': notYet,
    'people.export': notYet,
    'people.importPreview': notYet,
    'people.importCommit': notYet,
    'people.importMappings': notYet,
    'assessments.previewAbility': notYet,
    'assessments.saveAbility': notYet,
    'assessments.saveRisk': notYet,
    'assessments.due': notYet,
  };
}

function notYet(): Promise<never> {
  return Promise.reject(new CareError('ipc.internal'));
}
