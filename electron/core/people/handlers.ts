import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { exportPeople } from './export-service';
import { commitImport, importMappings, previewImport, refusedRowsFile } from './import-service';
import { createPerson, endCare, getPerson, listPeople, peopleDeps, updatePerson } from './people-service';
import { importTemplate } from './import/template-xlsx';
import { clearPhoto, readPhoto, setPhoto } from './photo-service';
import type { PhotoDeps } from './photo-service';

export function peopleHandlers(ctx: HandlerContext): FeatureHandlers<'people'> {
  const people = peopleDeps(ctx);
  const photos: PhotoDeps = { ...people, dataDir: ctx.dataDir };
  return {
    'people.list': (query) => listPeople(people, query),
    'people.get': ({ id }) => getPerson(people, id),
    'people.create': (input) => createPerson(people, input),
    'people.update': (update) => updatePerson(people, update),
    'people.endCare': (input) => endCare(people, input),
    'people.export': (filter) => exportPeople(people, filter, ctx.languages.current()),
    'people.importPreview': (file) => previewImport(people, file),
    'people.importCommit': (file) => commitImport(people, file),
    'people.importRefused': (file) => refusedRowsFile(people, file, ctx.languages.current()),
    'people.importMappings': () => Promise.resolve(importMappings(people)),
    'people.importTemplate': () => importTemplate(ctx.languages.current()),
    'people.setPhoto': (input) => setPhoto(photos, input),
    'people.clearPhoto': ({ id }) => clearPhoto(photos, id),
    'people.photo': ({ id }) => readPhoto(photos, id),
  };
}
