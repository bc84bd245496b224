import { CareError } from '../../../shared/errors';
import type { Enrollment, Person, PersonInput, Service } from '../../../shared/schema';
import { newId } from '../../../shared/schema/common';

export type PersonStatusValue = Person['status'];

/** The other person already holding `idNumber` (normalised), if any. */
export function idNumberHolder(
  people: readonly Person[],
  idNumber: string | undefined,
  exceptId?: string,
): Person | undefined {
  if (!idNumber) return undefined;
  return people.find((p) => p.idNumber === idNumber && p.id !== exceptId);
}

/** Refuses an ID number another person already has: two people cannot share one. */
export function assertIdNumberFree(
  people: readonly Person[],
  idNumber: string | undefined,
  exceptId?: string,
): void {
  const other = idNumberHolder(people, idNumber, exceptId);
  if (other) {
    throw new CareError('people.duplicateIdNumber', { name: other.name }, [
      { path: 'idNumber', code: 'people.duplicateIdNumber', params: { name: other.name } },
    ]);
  }
}

/** Builds the stored record: status, the incomplete flag (no ID number) and timestamps. */
export function personRecord(
  input: PersonInput,
  at: string,
  existing?: Person,
  status?: { status?: PersonStatusValue | undefined; deathDate?: string | undefined },
): Person {
  const nextStatus = status?.status ?? existing?.status ?? 'active';
  // The photo changes only through people.setPhoto / clearPhoto: a form saved
  // from an older page must not bring back or drop it, nor name a file of its own.
  const { photoFile: _fromForm, ...fields } = input;
  const record: Person = {
    ...fields,
    id: existing?.id ?? newId(),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    status: nextStatus,
    incomplete: !input.idNumber,
  };
  if (existing?.photoFile !== undefined) record.photoFile = existing.photoFile;
  const deathDate = nextStatus === 'deceased' ? (status?.deathDate ?? existing?.deathDate) : undefined;
  if (deathDate) record.deathDate = deathDate;
  if (nextStatus === 'movedAway' && existing?.movedAwayDate) record.movedAwayDate = existing.movedAwayDate;
  return record;
}

/**
 * Enrollment changes so that exactly `services` are open: missing ones start
 * today; open ones no longer wanted end yesterday (or on their first day when
 * they started today or later), so the history keeps who was served when.
 */
export function enrollmentChanges(
  personId: string,
  current: readonly Enrollment[],
  services: readonly Service[],
  today: string,
  yesterday: string,
  at: string,
): Enrollment[] {
  const wanted = new Set(services);
  const open = current.filter((e) => e.to === null);
  const out: Enrollment[] = [];
  for (const enrollment of open) {
    if (wanted.has(enrollment.service)) continue;
    const to = enrollment.from > yesterday ? enrollment.from : yesterday;
    out.push({ ...enrollment, to, updatedAt: at });
  }
  const openServices = new Set(open.map((e) => e.service));
  for (const service of services) {
    if (openServices.has(service)) continue;
    out.push({ id: newId(), createdAt: at, updatedAt: at, personId, service, from: today, to: null });
  }
  return out;
}
