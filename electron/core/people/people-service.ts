import { CareError } from '../../../shared/errors';
import { toIsoDate } from '../../../shared/domain/dates';
import type {
  EndCareInput,
  PeopleListQuery,
  PeoplePage,
  PersonDetail,
  PersonFormInput,
} from '../../../shared/ipc/people';
import { PersonFormSchema } from '../../../shared/ipc/people';
import type { Person } from '../../../shared/schema';
import { parseOrThrow } from '../store/schemas';
import type { CareStore } from '../care-store';
import { countByType } from '../assessments';
import { assertNoLikelyDuplicate } from './duplicates';
import { applyEndOfCare } from './end-of-care';
import type { EndOfCareStatus } from '../../../shared/domain/end-of-care';
import { page } from './list';
import { assertIdNumberFree, enrollmentChanges, personRecord } from './person-record';
import type { PersonStatusValue } from './person-record';
import type { PeopleView } from './view';
import { riskEventTotal } from '../../../shared/domain/ability';

export interface PeopleDeps {
  store: () => CareStore;
  view: PeopleView;
  actor: string;
  now?: () => Date;
}

/** The people services' dependencies from the handler context (one view shared by people and assessments). */
export function peopleDeps(ctx: {
  store: () => CareStore;
  peopleView: PeopleView;
  actor: string;
}): PeopleDeps {
  return { store: ctx.store, view: ctx.peopleView, actor: ctx.actor };
}

function yesterdayOf(now: Date): string {
  const d = new Date(now);
  d.setDate(d.getDate() - 1);
  return toIsoDate(d);
}

/** Parses with the form's schema again: the CLI and tests call services without dispatch. */
function parseForm(input: PersonFormInput) {
  return parseOrThrow(PersonFormSchema, input) as ReturnType<typeof PersonFormSchema.parse>;
}

export async function listPeople(deps: PeopleDeps, query: PeopleListQuery): Promise<PeoplePage> {
  const items = await deps.view.filtered(query);
  return { total: items.length, items: page(items, query) };
}

export async function getPerson(deps: PeopleDeps, id: string): Promise<PersonDetail> {
  const store = deps.store();
  const person = store.core.people.find((p) => p.id === id);
  if (!person) throw new CareError('people.notFound', { id });
  const { today, groups, events } = await deps.view.snapshot();
  const recent = events.get(id) ?? [];
  return {
    person,
    enrollments: (groups.enrollments.get(id) ?? [])
      .slice()
      .sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0)),
    abilityAssessments: groups.ability.get(id) ?? [],
    riskAssessments: groups.risk.get(id) ?? [],
    currentLevel: groups.level(id),
    reassessmentDue: groups.reassessment(person, events, today),
    riskReviewDue: groups.riskReview(person, today),
    recentRiskEvents: riskEventTotal(countByType(recent)),
  };
}

export async function createPerson(deps: PeopleDeps, input: PersonFormInput): Promise<Person> {
  const { services = [], confirmAge: _age, confirmDuplicate, ...fields } = parseForm(input);
  const now = deps.now?.() ?? new Date();
  return deps
    .store()
    .mutate({ actor: deps.actor, action: 'people.create', summary: fields.name }, (tx) => {
      assertIdNumberFree(tx.core.people, fields.idNumber);
      assertNoLikelyDuplicate(tx.core.people, fields, confirmDuplicate);
      const person = personRecord(fields, now.toISOString());
      tx.put('core', 'people', person);
      for (const e of enrollmentChanges(
        person.id,
        [],
        services,
        toIsoDate(now),
        yesterdayOf(now),
        person.createdAt,
      )) {
        tx.put('core', 'enrollments', e);
      }
      return person;
    })
    .then((person) => {
      deps.view.index.upsert(person);
      return person;
    });
}

export interface PersonUpdate {
  id: string;
  person: PersonFormInput;
  status?: PersonStatusValue | undefined;
  deathDate?: string | undefined;
  movedAwayDate?: string | undefined;
}

/** The end of care an update asks for: a change of status to deceased or moved away, with its date. */
function endingOf(update: PersonUpdate, existing: Person): { status: EndOfCareStatus; date: string } | null {
  const status = update.status;
  if (status === undefined || status === 'active' || status === existing.status) return null;
  const date = status === 'deceased' ? update.deathDate : update.movedAwayDate;
  if (!date) {
    const path = status === 'deceased' ? 'deathDate' : 'movedAwayDate';
    throw new CareError('people.endOfCare.dateRequired', {}, [
      { path, code: 'people.endOfCare.dateRequired' },
    ]);
  }
  return { status, date };
}

/** Ends care (death or moving away) on a date: one change, one audit entry; see end-of-care.ts. */
export async function endCare(deps: PeopleDeps, input: EndCareInput): Promise<Person> {
  const now = deps.now?.() ?? new Date();
  const store = deps.store();
  const name = store.core.people.find((p) => p.id === input.id)?.name ?? input.id;
  const person = await store.mutate(
    { actor: deps.actor, action: 'people.endCare', summary: `${name} ${input.status} ${input.date}` },
    (tx) => {
      const existing = tx.core.people.find((p) => p.id === input.id);
      if (!existing) throw new CareError('people.notFound', { id: input.id });
      if (existing.status !== 'active') throw new CareError('people.endOfCare.alreadyEnded');
      return applyEndOfCare(tx, existing, input.status, input.date, toIsoDate(now), now.toISOString());
    },
  );
  deps.view.index.upsert(person);
  return person;
}

export async function updatePerson(deps: PeopleDeps, update: PersonUpdate): Promise<Person> {
  const { services, confirmAge: _age, confirmDuplicate, ...fields } = parseForm(update.person);
  const now = deps.now?.() ?? new Date();
  const person = await deps
    .store()
    .mutate({ actor: deps.actor, action: 'people.update', summary: fields.name }, (tx) => {
      const existing = tx.core.people.find((p) => p.id === update.id);
      if (!existing) throw new CareError('people.notFound', { id: update.id });
      assertIdNumberFree(tx.core.people, fields.idNumber, existing.id);
      // Asked again only when what identifies the person changed: a pair confirmed once stays confirmed.
      const identityChanged =
        existing.name !== fields.name ||
        existing.birthDate !== fields.birthDate ||
        existing.village !== fields.village ||
        existing.idNumber !== fields.idNumber;
      if (identityChanged) assertNoLikelyDuplicate(tx.core.people, fields, confirmDuplicate, existing.id);
      const ending = endingOf(update, existing);
      const next = personRecord(
        fields,
        now.toISOString(),
        existing,
        ending ? { status: existing.status } : update,
      );
      tx.put('core', 'people', next);
      // Ending care in the same change as the edit: one audit entry for both.
      if (ending) return applyEndOfCare(tx, next, ending.status, ending.date, toIsoDate(now), next.updatedAt);
      if (services) {
        const current = tx.core.enrollments.filter((e) => e.personId === existing.id);
        const changes = enrollmentChanges(
          existing.id,
          current,
          services,
          toIsoDate(now),
          yesterdayOf(now),
          next.updatedAt,
        );
        for (const e of changes) tx.put('core', 'enrollments', e);
      }
      return next;
    });
  deps.view.index.upsert(person);
  return person;
}
