/** Small checks every residential change shares. */
import { CareError } from '../../../shared/errors';
import { inRegister, isLiveRecord } from '../../../shared/domain/census';
import type { Bed, CoreDoc, Person, Stay } from '../../../shared/schema';

export function findPerson(core: Readonly<CoreDoc>, id: string): Person {
  const person = core.people.find((p) => p.id === id);
  if (!person) throw new CareError('people.notFound', { id });
  return person;
}

/** Residential events are recorded as they happen: a day after today is a typing slip. */
export function notInFuture(day: string, today: string, path: string): void {
  if (day > today)
    throw new CareError('beds.future', { date: day }, [{ path, code: 'beds.future', params: { date: day } }]);
}

/** The stay the person is in the register of on `day`, or a refusal naming the person and the day. */
export function stayOn(core: Readonly<CoreDoc>, person: Person, day: string): Stay {
  const stay = core.stays.find((s) => s.personId === person.id && isLiveRecord(s) && inRegister(s, day));
  if (!stay) throw new CareError('beds.notResident', { name: person.name, date: day });
  return stay;
}

/** The bed exists and its room takes the person's sex. */
export function assertRoomFits(core: Readonly<CoreDoc>, bedId: string, person: Person): Bed {
  const bed = core.beds.find((b) => b.id === bedId);
  if (!bed) throw new CareError('beds.bedNotFound', { id: bedId });
  const room = core.rooms.find((r) => r.id === bed.roomId);
  if (room?.sex !== undefined && room.sex !== person.sex)
    throw new CareError('beds.roomSexMismatch', { bed: bed.label, room: room.name });
  return bed;
}
