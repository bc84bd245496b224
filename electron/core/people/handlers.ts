import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { exportPeople } from './export-service';
import { commitImport, importMappings, previewImport, refusedRowsFile } from './import-service';
import { createPerson, endCare, getPerson, listPeople, peopleDeps, updatePerson } from './people-service';
import { clearPhoto, readPhoto, setPhoto } from './photo-service';
import type { PhotoDeps } from './photo-service';
import { maskPeoplePage, maskPersonDetail } from './viewer-mask';

export function peopleHandlers(ctx: HandlerContext): FeatureHandlers<'people'> {
  const people = peopleDeps(ctx);
  const photos: PhotoDeps = { ...people, dataDir: ctx.dataDir };
  const viewer = () => ctx.auth.currentUser()?.role === 'viewer';
  /** Exports hand personal data out of the app: each leaves an audit line naming who took it. */
  const audited = async <T>(action: string, file: Promise<T & { fileName: string }>): Promise<T> => {
    const done = await file;
    await ctx.store().record({ actor: ctx.actor, action, summary: done.fileName });
    return done;
  };
  return {
    'people.list': async (query) => {
      const page = await listPeople(people, query);
      return viewer() ? maskPeoplePage(page) : page;
    },
    'people.get': async ({ id }) => {
      const detail = await getPerson(people, id);
      return viewer() ? maskPersonDetail(detail) : detail;
    },
    'people.create': (input) => createPerson(people, input),
    'people.update': (update) => updatePerson(people, update),
    'people.endCare': (input) => endCare(people, input),
    'people.export': (filter) =>
      audited('people.export', exportPeople(people, filter, ctx.languages.current())),
    'people.importPreview': (file) => previewImport(people, file),
    'people.importCommit': (file) => commitImport(people, file),
    'people.importRefused': (file) =>
      audited('people.importRefused', refusedRowsFile(people, file, ctx.languages.current())),
    'people.importMappings': () => Promise.resolve(importMappings(people)),
    'people.setPhoto': (input) => setPhoto(photos, input),
    'people.clearPhoto': ({ id }) => clearPhoto(photos, id),
    'people.photo': ({ id }) => readPhoto(photos, id),
  };
}
