import { ABILITY_ITEMS } from '../../shared/domain/ability';
import { RISK_CODES } from '../../shared/domain/risk';
import type { AdmitInput } from '../../shared/ipc/beds';
import type { Bed } from '../../shared/schema';
import { personInput, type TestApp } from '../people/helpers';

const scores = Object.fromEntries(ABILITY_ITEMS.map((item) => [item.code, item.max]));

/** 1号楼, floor 1, rooms 101-103 with 2 beds each, in service from 1 January 2026. */
export async function setupBuilding(app: TestApp): Promise<Map<string, Bed>> {
  const result = await app.ok('beds.setupRooms', {
    building: '1号楼',
    floor: 1,
    firstRoom: 101,
    lastRoom: 103,
    bedsPerRoom: 2,
    bedType: 'residential',
    inServiceFrom: '2026-01-01',
  });
  return new Map(result.beds.map((b) => [b.label, b]));
}

/** An elder with an emergency contact and, when `assessedOn` is given, both admission assessments that day. */
export async function addElder(
  app: TestApp,
  name: string,
  seq: string,
  assessedOn?: string,
): Promise<string> {
  const person = await app.ok(
    'people.create',
    personInput(name, '19450315', seq, {
      emergencyContacts: [{ name: '张明', relation: '儿子', phone: '13912345678' }],
    }),
  );
  if (assessedOn !== undefined) {
    await app.ok('assessments.saveAbility', {
      personId: person.id,
      standard: 'GB/T 42195-2022',
      date: assessedOn,
      reason: 'first',
      assessors: ['王芳', '李强'],
      scores,
      factors: { coma: false, dementia: false, psychiatric: false, riskEvents30d: {} },
      notes: '',
    } as never);
    await app.ok('assessments.saveRisk', {
      personId: person.id,
      date: assessedOn,
      reason: 'admission',
      assessor: '王芳',
      risks: Object.fromEntries(
        RISK_CODES.map((code) => [
          code,
          code === 'fall' ? { grade: 'high', measures: '床栏，夜间陪护' } : { grade: 'low' },
        ]),
      ),
      notes: '',
    } as never);
  }
  return person.id;
}

export function admission(
  personId: string,
  bedId: string,
  admittedOn: string,
  extra: Partial<AdmitInput> = {},
): AdmitInput {
  return {
    personId,
    bedId,
    admittedOn,
    contractNumber: `QS-${admittedOn}`,
    source: 'home',
    funding: 'selfPaying',
    emergencyContactConfirmed: true,
    ...extra,
  };
}
