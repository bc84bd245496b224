import { randomBytes } from 'node:crypto';
import { CareError } from '../../../shared/errors';
import type { PersonPhoto, SetPhotoInput } from '../../../shared/ipc/people';
import { PHOTO_MAX_BYTES } from '../../../shared/ipc/people';
import type { Person } from '../../../shared/schema';
import type { CareStore } from '../care-store';
import type { PeopleView } from './view';
import { writeFileDurably } from '../store/durable-file';
import { ioError } from '../store/errors';
import { isNotFound, nodeFileSystem } from '../store/fs';
import type { FileSystem } from '../store/fs';
import { IMAGE_MIME, imageKindOf } from '../store/image-kind';
import { PHOTOS_DIR, PHOTO_NAME_PATTERN, abs, photoFile } from '../store/paths';

export interface PhotoDeps {
  store: () => CareStore;
  view: PeopleView;
  actor: string;
  dataDir: string;
  fs?: FileSystem;
  now?: () => Date;
}

function findPerson(people: readonly Person[], id: string): Person {
  const person = people.find((p) => p.id === id);
  if (!person) throw new CareError('people.notFound', { id });
  return person;
}

/**
 * Stores a JPEG or PNG (told by its bytes, not its name) as
 * `photos/<personId>-<random>.<ext>`, then points the person at it in one
 * audited change. The file is written first, so a record never names a
 * missing photo; earlier photos stay in the folder (and in backups) as history.
 */
export async function setPhoto(deps: PhotoDeps, input: SetPhotoInput): Promise<Person> {
  const store = deps.store();
  // Refused before the photo file is written (the mutation would refuse only afterwards).
  if (store.readOnly) throw new CareError('store.readOnly', { reason: store.readOnly.reason });
  const person = findPerson(store.core.people, input.id);
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length > PHOTO_MAX_BYTES)
    throw new CareError('people.photo.tooLarge', {}, [{ path: 'base64', code: 'people.photo.tooLarge' }]);
  const kind = imageKindOf(bytes);
  if (!kind)
    throw new CareError('people.photo.notImage', {}, [{ path: 'base64', code: 'people.photo.notImage' }]);

  const fs = deps.fs ?? nodeFileSystem;
  const name = `${person.id}-${randomBytes(4).toString('hex')}.${kind}`;
  try {
    await fs.mkdir(abs(deps.dataDir, PHOTOS_DIR));
    await writeFileDurably(fs, abs(deps.dataDir, photoFile(name)), bytes);
  } catch (error) {
    throw ioError(error, photoFile(name));
  }
  const at = (deps.now?.() ?? new Date()).toISOString();
  const saved = await store.mutate(
    { actor: deps.actor, action: 'people.setPhoto', summary: `${person.name}: ${input.fileName}` },
    (tx) => {
      const next: Person = { ...findPerson(tx.core.people, input.id), photoFile: name, updatedAt: at };
      tx.put('core', 'people', next);
      return next;
    },
  );
  deps.view.index.upsert(saved);
  return saved;
}

/** Takes the photo off the record; the file itself stays in the data folder. */
export async function clearPhoto(deps: PhotoDeps, id: string): Promise<Person> {
  const store = deps.store();
  const person = findPerson(store.core.people, id);
  if (person.photoFile === undefined) return person;
  const at = (deps.now?.() ?? new Date()).toISOString();
  const saved = await store.mutate(
    { actor: deps.actor, action: 'people.clearPhoto', summary: person.name },
    (tx) => {
      const { photoFile: _removed, ...rest } = findPerson(tx.core.people, id);
      const next: Person = { ...rest, updatedAt: at };
      tx.put('core', 'people', next);
      return next;
    },
  );
  deps.view.index.upsert(saved);
  return saved;
}

/** The person's photo as a data URL, or null without one (or when its file is gone or not an image). */
export async function readPhoto(deps: PhotoDeps, id: string): Promise<PersonPhoto | null> {
  const person = findPerson(deps.store().core.people, id);
  // Only names this service makes are read: a hand-edited record cannot point outside photos/.
  if (!person.photoFile || !PHOTO_NAME_PATTERN.test(person.photoFile)) return null;
  const fs = deps.fs ?? nodeFileSystem;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(abs(deps.dataDir, photoFile(person.photoFile)));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw ioError(error, photoFile(person.photoFile));
  }
  const kind = imageKindOf(bytes);
  return kind ? { dataUrl: `data:${IMAGE_MIME[kind]};base64,${bytes.toString('base64')}` } : null;
}
