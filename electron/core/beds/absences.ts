/**
 * Leave and hospital (out with the expected return, companion, destination
 * and meal stop; back with the actual day) and 病危 marks. Away residents stay
 * in the register and keep their bed (shared/domain/census.ts).
 */
import { CareError } from '../../../shared/errors';
import { isLiveRecord } from '../../../shared/domain/census';
import type {
  EndCriticalSchema,
  LeaveBackSchema,
  LeaveOutSchema,
  MarkCriticalSchema,
} from '../../../shared/ipc/beds';
import type { CriticalIllness, Leave } from '../../../shared/schema';
import { newId } from '../../../shared/schema/common';
import type { z } from 'zod';
import { ResidenceChange } from './changes';
import { clock, type BedsDeps } from './deps';
import { findPerson, notInFuture, stayOn } from './rules';

const nameIn = (deps: BedsDeps, id: string) => deps.store().core.people.find((p) => p.id === id)?.name ?? id;

export async function leaveOut(deps: BedsDeps, input: z.output<typeof LeaveOutSchema>): Promise<Leave> {
  const { at, today } = clock(deps);
  const summary = `${nameIn(deps, input.personId)} ${input.kind} ${input.from}`;
  return deps.store().mutate({ actor: deps.actor, action: 'beds.leaveOut', summary }, (tx) => {
    const person = findPerson(tx.core, input.personId);
    notInFuture(input.from, today, 'from');
    const stay = stayOn(tx.core, person, input.from);
    const away = tx.core.leaves.find(
      (l) => l.personId === person.id && isLiveRecord(l) && l.returnedAt === null,
    );
    if (away) throw new CareError('beds.alreadyAway', { name: person.name, date: away.from });
    const leave: Leave = {
      id: newId(),
      createdAt: at,
      updatedAt: at,
      personId: person.id,
      stayId: stay.id,
      kind: input.kind,
      from: input.from,
      expectedReturn: input.expectedReturn,
      returnedAt: null,
      mealStop: input.mealStop,
      ...(input.destination ? { destination: input.destination } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
      ...(input.companion ? { companion: input.companion } : {}),
      ...(input.companionPhone ? { companionPhone: input.companionPhone } : {}),
    };
    const change = new ResidenceChange(tx.core);
    change.put('leaves', leave);
    change.assertValid();
    change.commit(tx);
    return leave;
  });
}

export async function leaveBack(deps: BedsDeps, input: z.output<typeof LeaveBackSchema>): Promise<Leave> {
  const { at, today } = clock(deps);
  const store = deps.store();
  const known = store.core.leaves.find((l) => l.id === input.leaveId);
  const summary = `${known ? nameIn(deps, known.personId) : input.leaveId} ${input.returnedAt}`;
  return store.mutate({ actor: deps.actor, action: 'beds.leaveBack', summary }, (tx) => {
    const leave = tx.core.leaves.find((l) => l.id === input.leaveId && isLiveRecord(l));
    if (!leave) throw new CareError('beds.leaveNotFound', { id: input.leaveId });
    const person = findPerson(tx.core, leave.personId);
    if (leave.returnedAt !== null)
      throw new CareError('beds.alreadyBack', { name: person.name, date: leave.returnedAt });
    notInFuture(input.returnedAt, today, 'returnedAt');
    if (input.returnedAt < leave.from)
      throw new CareError('beds.backBeforeOut', { date: leave.from }, [
        { path: 'returnedAt', code: 'beds.backBeforeOut', params: { date: leave.from } },
      ]);
    const next: Leave = { ...leave, returnedAt: input.returnedAt, updatedAt: at };
    const change = new ResidenceChange(tx.core);
    change.put('leaves', next);
    change.assertValid();
    change.commit(tx);
    return next;
  });
}

export async function markCritical(
  deps: BedsDeps,
  input: z.output<typeof MarkCriticalSchema>,
): Promise<CriticalIllness> {
  const { at, today } = clock(deps);
  const summary = `${nameIn(deps, input.personId)} ${input.from}`;
  return deps.store().mutate({ actor: deps.actor, action: 'beds.markCritical', summary }, (tx) => {
    const person = findPerson(tx.core, input.personId);
    notInFuture(input.from, today, 'from');
    const open = tx.core.criticalIllnesses.find(
      (c) => c.personId === person.id && isLiveRecord(c) && (c.to === null || c.to > input.from),
    );
    if (open) throw new CareError('beds.alreadyCritical', { name: person.name, date: open.from });
    const mark: CriticalIllness = {
      id: newId(),
      createdAt: at,
      updatedAt: at,
      personId: person.id,
      from: input.from,
      to: null,
      ...(input.notes ? { notes: input.notes } : {}),
    };
    const change = new ResidenceChange(tx.core);
    change.put('criticalIllnesses', mark);
    change.assertValid();
    change.commit(tx);
    return mark;
  });
}

export async function endCritical(
  deps: BedsDeps,
  input: z.output<typeof EndCriticalSchema>,
): Promise<CriticalIllness> {
  const { at, today } = clock(deps);
  return deps.store().mutate({ actor: deps.actor, action: 'beds.endCritical', summary: input.on }, (tx) => {
    const mark = tx.core.criticalIllnesses.find((c) => c.id === input.markId && isLiveRecord(c));
    if (!mark || mark.to !== null) throw new CareError('beds.markNotFound', { id: input.markId });
    notInFuture(input.on, today, 'on');
    if (input.on < mark.from)
      throw new CareError('beds.backBeforeOut', { date: mark.from }, [
        { path: 'on', code: 'beds.backBeforeOut', params: { date: mark.from } },
      ]);
    const next: CriticalIllness = { ...mark, to: input.on, updatedAt: at };
    tx.put('core', 'criticalIllnesses', next);
    return next;
  });
}
