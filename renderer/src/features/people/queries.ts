import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/api';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';
import { SHOWS_OWN_ERRORS } from '../../app';

/**
 * react-query keys for the elders' data. Everything starts with `people`, so a
 * save anywhere (a person, an assessment) can refresh lists, pages and the
 * reassessment list with one `invalidateQueries({ queryKey: peopleKeys.all })`.
 */
export const peopleKeys = {
  all: ['people'] as const,
  list: (filter: InputOf<'people.list'>) => ['people', 'list', filter] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
  /** Keyed by the file too, so a new photo is fetched, never served from cache. */
  photo: (id: string, file: string | undefined) => ['people', 'photo', id, file ?? null] as const,
  mappings: ['people', 'importMappings'] as const,
};

/** One page of the elders list, as the list shows it and as the idle preload fetches it ahead. */
export function peopleListQuery(filter: InputOf<'people.list'>) {
  return queryOptions({
    queryKey: peopleKeys.list(filter),
    queryFn: () => unwrap(care.people.list(filter)),
    // Lists change when anyone saves; re-read on return to the page.
    staleTime: 0,
  });
}

/**
 * One page of the elders list for a search and filter. The previous page stays
 * on screen while the next answer comes, so typing in the search box never blanks the table.
 */
export function usePeopleList(filter: InputOf<'people.list'>) {
  return useQuery({ ...peopleListQuery(filter), placeholderData: keepPreviousData });
}

/**
 * Whether the center keeps any elder at all, ended care included: asked only when
 * the list comes back empty, to tell a new center (show what to do first) from a search that found nothing.
 */
export function useCenterHasPeople(enabled: boolean) {
  return useQuery({
    ...peopleListQuery({ includeEnded: true, limit: 1 }),
    enabled,
    select: (page) => page.total > 0,
  });
}

/**
 * The first person matching a filter, asked for at once (Enter in the search
 * box must not wait for the typing pause). Answers are shared with the list's cache.
 */
export function usePeopleFirstMatch(): (filter: InputOf<'people.list'>) => Promise<string | null> {
  const client = useQueryClient();
  return async (filter) => {
    const page = { ...filter, offset: 0, limit: 50 };
    const answer = await client.fetchQuery({
      queryKey: peopleKeys.list(page),
      queryFn: () => unwrap(care.people.list(page)),
      staleTime: 0,
    });
    return answer.items[0]?.id ?? null;
  };
}

/** The current view of the list as an Excel file (base64), headers in the user's language. */
export function usePeopleExport() {
  return useMutation({
    mutationFn: (filter: InputOf<'people.export'>) => unwrap(care.people.export(filter)),
  });
}

/** One elder with enrollments, assessments (newest first), current level and reassessment state. */
export function usePerson(id: string) {
  return useQuery({
    queryKey: peopleKeys.detail(id),
    queryFn: () => unwrap(care.people.get({ id })),
    staleTime: 0,
  });
}

export type PersonSaveInput =
  { kind: 'create'; input: InputOf<'people.create'> } | { kind: 'update'; input: InputOf<'people.update'> };

/** Add a new elder or save changes to one; every list and page showing people is re-read afterwards. */
export function usePersonSave() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (save: PersonSaveInput) =>
      unwrap(save.kind === 'create' ? care.people.create(save.input) : care.people.update(save.input)),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
    // The form puts field complaints beside their fields and asks its questions in a dialog.
    meta: SHOWS_OWN_ERRORS,
  });
}

/**
 * A person's photo as a data URL (null without one). Asked only when the
 * record names a photo file; `file` is part of the key so a new photo is read.
 */
export function usePersonPhoto(id: string, file: string | undefined) {
  return useQuery({
    queryKey: peopleKeys.photo(id, file),
    queryFn: () => unwrap(care.people.photo({ id })),
    enabled: file !== undefined,
  });
}

export type PersonPhotoChange =
  { kind: 'set'; input: InputOf<'people.setPhoto'> } | { kind: 'clear'; input: InputOf<'people.clearPhoto'> };

/** Put a new photo on a person or take it off; the person's page and lists are re-read afterwards. */
export function usePersonPhotoSave() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: PersonPhotoChange) =>
      unwrap(
        change.kind === 'set' ? care.people.setPhoto(change.input) : care.people.clearPhoto(change.input),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
    // The photo says what went wrong under the record's header.
    meta: SHOWS_OWN_ERRORS,
  });
}

/** Column mappings saved by earlier imports, by name. */
export function useImportMappings() {
  return useQuery({
    queryKey: peopleKeys.mappings,
    queryFn: () => unwrap(care.people.importMappings()),
  });
}

/** Read a chosen file with a column mapping and check every row; nothing is written. */
export function useImportPreview() {
  return useMutation({
    mutationFn: (input: InputOf<'people.importPreview'>) => unwrap(care.people.importPreview(input)),
  });
}

/** The rows an import refused, as an .xlsx with a column of reasons, to correct and import again. */
export function useImportRefused() {
  return useMutation({
    mutationFn: (input: InputOf<'people.importRefused'>) => unwrap(care.people.importRefused(input)),
  });
}

/**
 * The settings, read for the township's villages. The key is the settings page's
 * own (`['settings']`), so both read and refresh one cache entry; it is spelt out
 * here because the settings feature already depends on this one.
 */
const settingsKey = ['settings'] as const;

/** The township's villages as the settings keep them, for the 所在村 choice. */
export function useVillages() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => unwrap(care.settings.get()),
    select: (settings) => settings.villages,
  });
}

/** Adds one village to the settings' list (the whole settings are saved, the rest unchanged). */
export function useAddVillage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (village: string) => {
      // Read afresh, so a village added elsewhere meanwhile is kept.
      const current = await unwrap(care.settings.get());
      if (current.villages.includes(village)) return current;
      const { updatedAt: _updatedAt, ...input } = current;
      return unwrap(care.settings.save({ ...input, villages: [...current.villages, village] }));
    },
    onSuccess: (settings) => client.setQueryData(settingsKey, settings),
  });
}

/** An empty list in the user's language whose columns the import recognises, to fill in and import. */
export function useImportTemplate() {
  return useMutation({ mutationFn: () => unwrap(care.people.importTemplate()) });
}

/** Import the good rows (the main process checks them again) and re-read every people list. */
export function useImportCommit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'people.importCommit'>) => unwrap(care.people.importCommit(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
