import type { Channel } from '../../../shared/ipc/channels';
import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/api';
import type { BackupsPort } from '../services/backups-port';
import type { LanguageState } from '../services/language';
import type { StorePort } from '../services/store-port';
import type { CareStore } from '../people/care-store';
import { PeopleView } from '../people/view';
import type { PeopleDeps } from '../services/people';
import { createPerson, getPerson, listPeople, updatePerson } from '../services/people';
import { exportPeople } from '../services/people-export';
import { clearPhoto, readPhoto, setPhoto } from '../services/people-photo';
import type { PhotoDeps } from '../services/people-photo';
import { commitImport, importMappings, previewImport } from '../services/people-import';
import { dueList, previewAbilityFor, saveAbility, saveRisk } from '../services/assessments';
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
  const careStore = () => ctx.careStore();
  const people: PeopleDeps = { store: careStore, view: new PeopleView(careStore), actor: ctx.actor };
  const photos: PhotoDeps = { ...people, dataDir: ctx.dataDir };
  const state = () =>
    appState({ store: ctx.store(), dataDir: ctx.dataDir, languages: ctx.languages, version: ctx.version });
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
    'people.list': (query) => listPeople(people, query),
    'people.get': ({ id }) => getPerson(people, id),
    'people.create': (input) => createPerson(people, input),
    'people.update': (update) => updatePerson(people, update),
    'people.export': (filter) => exportPeople(people, filter, ctx.languages.current()),
    'people.importPreview': (file) => previewImport(people, file),
    'people.importCommit': (file) => commitImport(people, file),
    'people.importMappings': () => Promise.resolve(importMappings(people)),
    'people.setPhoto': (input) => setPhoto(photos, input),
    'people.clearPhoto': ({ id }) => clearPhoto(photos, id),
    'people.photo': ({ id }) => readPhoto(photos, id),
    'assessments.previewAbility': ({ personId, input }) => previewAbilityFor(people, personId, input),
    'assessments.saveAbility': (input) => saveAbility(people, input),
    'assessments.saveRisk': (input) => saveRisk(people, input),
    'assessments.due': () => dueList(people),
  };
}
