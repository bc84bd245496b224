import type { BedPlace, PersonStay } from '../../../../../shared/ipc/beds';
import type { CriticalIllness, Leave } from '../../../../../shared/schema';
import { usePerson } from '../../people';
import { usePersonResidence } from '../queries';

/** An elder's stay open now, with the bed and the absence open now. */
export interface CurrentResidence {
  stay: PersonStay;
  place: BedPlace | null;
  bedId: string | null;
  leave: Leave | null;
}

/** The stay not yet ended (the core allows one at most), its latest bed and open leave. */
export function currentResidence(stays: readonly PersonStay[]): CurrentResidence | null {
  const open = stays.find((s) => s.stay.dischargedOn === null && s.stay.voided === undefined);
  if (!open) return null;
  const bed = open.beds.find((b) => b.to === null) ?? open.beds.at(-1);
  const leave = open.leaves.find((l) => l.returnedAt === null && l.voided === undefined) ?? null;
  return { stay: open, place: bed?.place ?? null, bedId: bed?.bedId ?? null, leave };
}

export function openCritical(marks: readonly CriticalIllness[]): CriticalIllness | null {
  return marks.find((m) => m.to === null && m.voided === undefined) ?? null;
}

/** The elder's record and residence, for the pages of one resident. */
export function useResident(personId: string) {
  const person = usePerson(personId);
  const residence = usePersonResidence(personId);
  const current = residence.data ? currentResidence(residence.data.stays) : null;
  const critical = residence.data ? openCritical(residence.data.critical) : null;
  return {
    person: person.data?.person,
    detail: person.data,
    residence: residence.data,
    current,
    critical,
    isPending: person.isPending || residence.isPending,
    isError: person.isError || residence.isError,
  };
}
