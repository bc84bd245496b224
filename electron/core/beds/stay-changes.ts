/**
 * Changes to a stay under way: a bed move (转床) as a new dated row, and the
 * discharge. The bed is freed by the actual departure only: the discharge day
 * ends the assignment, and a discharge cannot be dated after today. A death
 * goes through the elders' feature so the person's status, date of death and
 * every other service end in the same change.
 */
import { CareError } from '../../../shared/errors';
import { assignmentCovers, isLiveRecord } from '../../../shared/domain/census';
import type { DischargeSchema, MoveBedSchema } from '../../../shared/ipc/beds';
import type { BedAssignment, Stay } from '../../../shared/schema';
import { newId } from '../../../shared/schema/common';
import type { z } from 'zod';
import { applyEndOfCare } from '../people';
import { ResidenceChange } from './changes';
import { clock, type BedsDeps } from './deps';
import { assertRoomFits, findPerson, notInFuture, stayOn } from './rules';

const nameIn = (deps: BedsDeps, id: string) => deps.store().core.people.find((p) => p.id === id)?.name ?? id;

export async function moveBed(deps: BedsDeps, input: z.output<typeof MoveBedSchema>): Promise<BedAssignment> {
  const { at, today } = clock(deps);
  const summary = `${nameIn(deps, input.personId)} ${input.on}`;
  return deps.store().mutate({ actor: deps.actor, action: 'beds.move', summary }, (tx) => {
    const person = findPerson(tx.core, input.personId);
    notInFuture(input.on, today, 'on');
    const stay = stayOn(tx.core, person, input.on);
    const current = tx.core.bedAssignments.find(
      (a) => a.personId === person.id && isLiveRecord(a) && assignmentCovers(a, input.on),
    );
    if (!current) throw new CareError('beds.noBed', { name: person.name, date: input.on });
    // Rewriting a later move would change history already recorded: move from the latest bed only.
    if (current.to !== null) throw new CareError('beds.laterMove', { name: person.name, date: current.to });
    if (current.bedId === input.bedId) throw new CareError('beds.sameBed');
    const bed = assertRoomFits(tx.core, input.bedId, person);
    const next: BedAssignment = {
      id: newId(),
      createdAt: at,
      updatedAt: at,
      personId: person.id,
      bedId: bed.id,
      stayId: stay.id,
      from: input.on,
      to: null,
      ...(input.reason ? { moveReason: input.reason } : {}),
    };
    const change = new ResidenceChange(tx.core);
    change.put('bedAssignments', { ...current, to: input.on, updatedAt: at });
    change.put('bedAssignments', next);
    change.assertValid();
    change.commit(tx);
    return next;
  });
}

export async function discharge(deps: BedsDeps, input: z.output<typeof DischargeSchema>): Promise<Stay> {
  const { at, today } = clock(deps);
  const summary = `${nameIn(deps, input.personId)} ${input.reason} ${input.on}`;
  const result = await deps.store().mutate({ actor: deps.actor, action: 'beds.discharge', summary }, (tx) => {
    const person = findPerson(tx.core, input.personId);
    notInFuture(input.on, today, 'on');
    const open = tx.core.stays.find(
      (s) => s.personId === person.id && isLiveRecord(s) && s.dischargedOn === null,
    );
    if (!open) throw new CareError('beds.notResident', { name: person.name, date: input.on });
    if (input.on < open.admittedOn)
      throw new CareError('beds.dischargeBeforeAdmission', { date: open.admittedOn }, [
        { path: 'on', code: 'beds.dischargeBeforeAdmission', params: { date: open.admittedOn } },
      ]);
    const change = new ResidenceChange(tx.core);
    let updated = person;
    if (input.reason === 'deceased') {
      if (person.status !== 'active') throw new CareError('people.endOfCare.alreadyEnded');
      // Person, enrolments, categories and open records end through the elders' feature first;
      // the richer stay written below replaces its plain one in the same change.
      updated = applyEndOfCare(tx, person, 'deceased', input.on, today, at);
      change.put('people', updated);
    }
    const stay: Stay = {
      ...open,
      dischargedOn: input.on,
      dischargeReason: input.reason,
      ...(input.destination ? { dischargeDestination: input.destination } : {}),
      ...(input.belongings ? { belongings: input.belongings } : {}),
      ...(input.notes ? { notes: open.notes ? `${open.notes}\n${input.notes}` : input.notes } : {}),
      updatedAt: at,
    };
    change.put('stays', stay);
    for (const a of tx.core.bedAssignments)
      if (a.personId === person.id && isLiveRecord(a) && a.to === null)
        change.put('bedAssignments', { ...a, to: a.from > input.on ? a.from : input.on, updatedAt: at });
    // A death in hospital ends the hospital stay that day; a discharge while away ends the leave.
    for (const l of tx.core.leaves)
      if (l.personId === person.id && isLiveRecord(l) && l.returnedAt === null)
        change.put('leaves', { ...l, returnedAt: l.from > input.on ? l.from : input.on, updatedAt: at });
    for (const c of tx.core.criticalIllnesses)
      if (c.personId === person.id && isLiveRecord(c) && c.to === null)
        change.put('criticalIllnesses', { ...c, to: c.from > input.on ? c.from : input.on, updatedAt: at });
    change.assertValid();
    change.commit(tx);
    // Enrolments count the last day served: the residential one ends on the day of departure.
    if (input.reason !== 'deceased') {
      for (const e of tx.core.enrollments)
        if (e.personId === person.id && e.service === 'residential' && (e.to === null || e.to > input.on))
          tx.put('core', 'enrollments', { ...e, to: e.from > input.on ? e.from : input.on, updatedAt: at });
    }
    return { stay, person: updated };
  });
  if (result.person !== undefined && input.reason === 'deceased')
    deps.people.view.index.upsert(result.person);
  return result.stay;
}
