/**
 * Ending care (death or moving away) as one change: the person's status and date,
 * and on that date every support category, every enrollment, an open residential
 * stay, its bed and an open leave end too, so the bed is free and `verify` holds.
 * Refused when records already exist after the date (an assessment, a stay): they
 * would contradict it, and the clerk must look at them first.
 */
import { CareError } from '../../../shared/errors';
import type { EndOfCareStatus } from '../../../shared/domain/end-of-care';
import type { Person } from '../../../shared/schema';
import type { CareTx } from '../care-store';

const isLive = (r: { voided?: unknown }) => r.voided === undefined || r.voided === null;

function assertNothingAfter(tx: CareTx, personId: string, date: string): void {
  const later = [
    ...tx.core.abilityAssessments.filter((a) => a.personId === personId && isLive(a) && a.date > date),
    ...tx.core.riskAssessments.filter((a) => a.personId === personId && a.date > date),
  ].map((a) => a.date);
  const laterStay = tx.core.stays.find((s) => s.personId === personId && isLive(s) && s.admittedOn > date);
  if (laterStay) later.push(laterStay.admittedOn);
  if (later.length > 0) {
    const first = later.sort()[0] as string;
    throw new CareError('people.endOfCare.recordsAfter', { date: first }, [
      { path: 'endDate', code: 'people.endOfCare.recordsAfter', params: { date: first } },
    ]);
  }
}

/** Puts the person with the end of care applied, and closes everything that was open on `date`. */
export function applyEndOfCare(
  tx: CareTx,
  person: Person,
  status: EndOfCareStatus,
  date: string,
  today: string,
  at: string,
): Person {
  const field = (code: string, params: Record<string, string> = {}) =>
    new CareError(code, params, [{ path: 'endDate', code, params }]);
  if (date > today) throw field('people.endOfCare.future');
  if (date < person.birthDate) throw field('people.endOfCare.beforeBirth');
  assertNothingAfter(tx, person.id, date);

  const { deathDate: _d, movedAwayDate: _m, ...rest } = person;
  const next: Person = {
    ...rest,
    status,
    ...(status === 'deceased' ? { deathDate: date } : { movedAwayDate: date }),
    // A category that began after the end is closed on its first day (the order must hold).
    categories: person.categories.map((c) =>
      c.to == null || c.to > date ? { ...c, to: c.from > date ? c.from : date } : c,
    ),
    updatedAt: at,
  };
  tx.put('core', 'people', next);

  for (const e of tx.core.enrollments.filter(
    (x) => x.personId === person.id && (x.to === null || x.to > date),
  ))
    tx.put('core', 'enrollments', { ...e, to: e.from > date ? e.from : date, updatedAt: at });

  const reason = status === 'deceased' ? 'deceased' : 'other';
  for (const s of tx.core.stays.filter(
    (x) => x.personId === person.id && isLive(x) && x.dischargedOn === null,
  ))
    tx.put('core', 'stays', { ...s, dischargedOn: date, dischargeReason: reason, updatedAt: at });
  for (const b of tx.core.bedAssignments.filter(
    (x) => x.personId === person.id && isLive(x) && x.to === null,
  ))
    tx.put('core', 'bedAssignments', { ...b, to: b.from > date ? b.from : date, updatedAt: at });
  for (const l of tx.core.leaves.filter(
    (x) => x.personId === person.id && isLive(x) && x.returnedAt === null,
  ))
    tx.put('core', 'leaves', { ...l, returnedAt: l.from > date ? l.from : date, updatedAt: at });
  return next;
}
