/**
 * Admission (入住): the stay, its first bed assignment and the residential
 * enrolment as one change. It needs an ability and a safety-risk assessment
 * not older than the center's limit, or a manager's override with a reason;
 * a bed free from that day on (in service, not closed, held by nobody, a room
 * of the resident's sex); an emergency contact somebody confirmed.
 */
import { CareError } from '../../../shared/errors';
import { careEndDate } from '../../../shared/domain/end-of-care';
import { daysBetween } from '../../../shared/domain/dates';
import { isLiveRecord } from '../../../shared/domain/census';
import type { Admission, AdmitSchema } from '../../../shared/ipc/beds';
import type { BedAssignment, CoreDoc, Enrollment, Person, Stay } from '../../../shared/schema';
import { newId } from '../../../shared/schema/common';
import type { z } from 'zod';
import { ResidenceChange } from './changes';
import { clock, type BedsDeps } from './deps';
import { assertRoomFits, findPerson, notInFuture } from './rules';

type AdmitInput = z.output<typeof AdmitSchema>;

/** The newest live assessment on or before `day`. */
function latestBy<T extends { personId: string; date: string; id: string; voided?: unknown }>(
  list: readonly T[],
  personId: string,
  day: string,
): T | undefined {
  let best: T | undefined;
  for (const a of list)
    if (a.personId === personId && isLiveRecord(a) && a.date <= day && (!best || a.date > best.date))
      best = a;
  return best;
}

interface AssessmentsFound {
  abilityId?: string;
  riskId?: string;
  fresh: boolean;
}

function assessmentsFor(core: Readonly<CoreDoc>, personId: string, day: string): AssessmentsFound {
  const maxAge = core.settings.admissionAssessmentMaxAgeDays;
  const ability = latestBy(core.abilityAssessments, personId, day);
  const risk = latestBy(core.riskAssessments, personId, day);
  const fresh = (a: { date: string } | undefined) => a !== undefined && daysBetween(a.date, day) <= maxAge;
  return {
    ...(ability ? { abilityId: ability.id } : {}),
    ...(risk ? { riskId: risk.id } : {}),
    fresh: fresh(ability) && fresh(risk),
  };
}

function assertCanBeAdmitted(person: Person, day: string): void {
  const end = careEndDate(person);
  if (end !== null && day >= end) throw new CareError('beds.careEnded', { name: person.name, date: end });
}

export async function admit(deps: BedsDeps, input: AdmitInput): Promise<Admission> {
  const { at, today } = clock(deps);
  const store = deps.store();
  const name = store.core.people.find((p) => p.id === input.personId)?.name ?? input.personId;
  return store.mutate(
    { actor: deps.actor, action: 'beds.admit', summary: `${name} ${input.admittedOn}` },
    (tx) => {
      const person = findPerson(tx.core, input.personId);
      notInFuture(input.admittedOn, today, 'admittedOn');
      assertCanBeAdmitted(person, input.admittedOn);
      if (!input.emergencyContactConfirmed) {
        throw new CareError('beds.emergencyContactUnconfirmed', {}, [
          { path: 'emergencyContactConfirmed', code: 'beds.emergencyContactUnconfirmed' },
        ]);
      }
      const found = assessmentsFor(tx.core, person.id, input.admittedOn);
      if (!found.fresh && !input.overrideReason) {
        const days = tx.core.settings.admissionAssessmentMaxAgeDays;
        throw new CareError('beds.assessmentsTooOld', { days }, [
          { path: 'overrideReason', code: 'beds.assessmentsTooOld', params: { days } },
        ]);
      }
      if (input.referralId !== undefined) {
        const referral = tx.core.referrals.find((r) => r.id === input.referralId);
        if (!referral || referral.personId !== person.id)
          throw new CareError('beds.referralNotFound', { id: input.referralId });
      }
      const bed = assertRoomFits(tx.core, input.bedId, person);

      const stay: Stay = {
        id: newId(),
        createdAt: at,
        updatedAt: at,
        personId: person.id,
        admittedOn: input.admittedOn,
        dischargedOn: null,
        dischargeReason: null,
        contractNumber: input.contractNumber,
        ...(input.contractTerm ? { contractTerm: input.contractTerm } : {}),
        source: input.source,
        ...(input.referralId !== undefined ? { referralId: input.referralId } : {}),
        funding: input.funding,
        emergencyContactConfirmed: true,
        ...(found.abilityId !== undefined ? { abilityAssessmentId: found.abilityId } : {}),
        ...(found.riskId !== undefined ? { riskAssessmentId: found.riskId } : {}),
        ...(!found.fresh && input.overrideReason
          ? { assessmentOverride: { by: deps.actor, at, reason: input.overrideReason } }
          : {}),
        ...(input.notes ? { notes: input.notes } : {}),
      };
      const assignment: BedAssignment = {
        id: newId(),
        createdAt: at,
        updatedAt: at,
        personId: person.id,
        bedId: bed.id,
        stayId: stay.id,
        from: input.admittedOn,
        to: null,
      };
      const change = new ResidenceChange(tx.core);
      change.put('stays', stay);
      change.put('bedAssignments', assignment);
      change.assertValid();
      change.commit(tx);
      // The residential enrolment runs from the admission; one already open (ticked on the form) stays.
      const enrolled = tx.core.enrollments.some(
        (e) =>
          e.personId === person.id &&
          e.service === 'residential' &&
          (e.to === null || e.to >= input.admittedOn),
      );
      if (!enrolled) {
        const enrollment: Enrollment = {
          id: newId(),
          createdAt: at,
          updatedAt: at,
          personId: person.id,
          service: 'residential',
          from: input.admittedOn,
          to: null,
        };
        tx.put('core', 'enrollments', enrollment);
      }
      return { stay, assignment };
    },
  );
}
