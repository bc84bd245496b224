import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  AbilityAssessmentInputSchema,
  CORE_COLLECTIONS,
  CenterSetupInputSchema,
  CoreDocSchema,
  PersonInputSchema,
  PersonSchema,
  SHARD_KINDS,
  ShardDocSchema,
  ShiftTemplateSchema,
  StaySchema,
  emptyCore,
  emptyHealth,
  emptyShard,
  newId,
  recordPeriod,
  type ShardKind,
} from '../../shared/schema';
import { ABILITY_ITEMS } from '../../shared/domain/ability';

const NOW = new Date('2026-03-15T08:00:00Z');
const stamp = { id: 'rec-00000001', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() };

function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
}

const goodPerson = {
  name: '李秀英',
  sex: 'female',
  birthDate: '1949-12-31',
  idNumber: '11010519491231002x',
  village: '东岗村',
  emergencyContacts: [{ name: '李建国', relation: '儿子', phone: '138 0013 8000' }],
  health: emptyHealth(),
  categories: [{ category: 'leftBehind', from: '2024-01-01', to: null }],
};

describe('core and shard documents', () => {
  it('emptyCore validates against CoreDocSchema and has every collection', () => {
    const core = emptyCore(NOW);
    expect(CoreDocSchema.parse(core)).toEqual(core);
    for (const name of Object.keys(CORE_COLLECTIONS))
      expect(core[name as keyof typeof CORE_COLLECTIONS]).toEqual([]);
    expect(core.center).toBeNull();
    expect(core.settings.reassessmentMonths).toBe(12);
  });

  it('refuses a core from another schema version', () => {
    expect(
      CoreDocSchema.safeParse({ ...emptyCore(NOW), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }).success,
    ).toBe(false);
    expect(
      CoreDocSchema.safeParse({ ...emptyCore(NOW), schemaVersion: CURRENT_SCHEMA_VERSION - 1 }).success,
    ).toBe(false);
  });

  it('each shard kind has an empty shard that validates, and refuses another kind', () => {
    for (const kind of Object.keys(SHARD_KINDS) as ShardKind[]) {
      const doc = emptyShard(kind, '2026-03');
      expect(ShardDocSchema(kind).safeParse(doc).success).toBe(true);
      expect(
        ShardDocSchema(kind).safeParse({ ...doc, kind: kind === 'visits' ? 'rounds' : 'visits' }).success,
      ).toBe(false);
    }
  });

  it('files shard records by the month of their own date', () => {
    expect(recordPeriod('attendance', { date: '2026-11-30' })).toBe('2026-11');
    expect(recordPeriod('careLogs', { date: '2027-01-01' })).toBe('2027-01');
  });

  it('newId makes distinct ids accepted by the id schema', () => {
    const a = newId();
    expect(a).not.toBe(newId());
    expect(
      StaySchema.safeParse({
        ...stamp,
        id: a,
        personId: newId(),
        admittedOn: '2026-01-01',
        dischargedOn: null,
        dischargeReason: null,
        source: 'home',
        funding: 'selfPaying',
        emergencyContactConfirmed: true,
      }).success,
    ).toBe(true);
  });
});

describe('person', () => {
  it('round-trips a good person, normalising the ID number', () => {
    const parsed = PersonSchema.parse({ ...stamp, ...goodPerson, status: 'active', incomplete: false });
    expect(parsed.idNumber).toBe('11010519491231002X');
    expect(parsed.emergencyContacts[0]?.phone).toBe('13800138000');
    expect(PersonSchema.parse(parsed)).toEqual(parsed);
  });

  it('refuses a bad person with codes and paths', () => {
    const result = PersonSchema.safeParse({
      ...stamp,
      ...goodPerson,
      name: '',
      birthDate: '1949-02-30',
      idNumber: '110105194912310021',
      emergencyContacts: [{ name: '李建国', relation: '儿子', phone: '12345' }],
      status: 'alive',
      incomplete: false,
    });
    expect(issues(result)).toEqual([
      ['name', 'validation.required'],
      ['birthDate', 'validation.date'],
      ['idNumber', 'validation.idNumber.checksum'],
      ['emergencyContacts.0.phone', 'validation.phone'],
      ['status', 'validation.invalidOption'],
    ]);
  });

  it('cross-checks the ID number against typed birth date and sex', () => {
    const result = PersonInputSchema.safeParse({ ...goodPerson, birthDate: '1950-01-01', sex: 'male' });
    expect(issues(result)).toEqual([
      ['birthDate', 'validation.idNumber.birthDateMismatch'],
      ['sex', 'validation.idNumber.sexMismatch'],
    ]);
  });

  it('requires the incomplete flag when there is no ID number', () => {
    const { idNumber: _omit, ...noId } = goodPerson;
    void _omit;
    expect(
      issues(PersonSchema.safeParse({ ...stamp, ...noId, status: 'active', incomplete: false })),
    ).toEqual([['incomplete', 'validation.person.incompleteWithoutId']]);
    expect(PersonSchema.safeParse({ ...stamp, ...noId, status: 'active', incomplete: true }).success).toBe(
      true,
    );
  });

  it('reports missing fields as required', () => {
    expect(issues(PersonInputSchema.safeParse({}))).toContainEqual(['name', 'validation.required']);
  });
});

describe('center setup', () => {
  const center = {
    name: '东岗镇区域养老服务中心',
    township: '东岗镇',
    county: '平安县',
    licenceNumber: '备案号 2025-017',
    contactPerson: '张伟',
    phone: '0371-12345678',
    beds: { residential: 60, dayCare: 20, nursing: 30 },
  };

  it('accepts a plausible center', () => {
    expect(CenterSetupInputSchema.safeParse(center).success).toBe(true);
  });

  it('refuses more nursing beds than residential, fractions, negatives and over 2000 total', () => {
    expect(
      issues(
        CenterSetupInputSchema.safeParse({ ...center, beds: { residential: 10, dayCare: 0, nursing: 11 } }),
      ),
    ).toEqual([['beds.nursing', 'validation.center.nursingExceedsResidential']]);
    expect(
      issues(
        CenterSetupInputSchema.safeParse({ ...center, beds: { residential: 1.5, dayCare: -1, nursing: 0 } }),
      ),
    ).toEqual([
      ['beds.residential', 'validation.notInteger'],
      ['beds.dayCare', 'validation.tooSmall'],
    ]);
    expect(
      issues(
        CenterSetupInputSchema.safeParse({
          ...center,
          beds: { residential: 1500, dayCare: 501, nursing: 0 },
        }),
      ),
    ).toEqual([['beds.residential', 'validation.center.tooManyBeds']]);
  });
});

describe('other rules', () => {
  it('ability input: per-item ranges, scores unless coma, two distinct assessors', () => {
    const scores = Object.fromEntries(ABILITY_ITEMS.map((i) => [i.code, i.max]));
    const input = {
      personId: 'person-0001',
      standard: 'GB/T 42195-2022',
      date: '2026-03-01',
      reason: 'first',
      assessors: ['王芳', '赵强'],
      scores,
      factors: { coma: false, dementia: false, psychiatric: false, riskEvents30d: {} },
      notes: '',
    };
    expect(AbilityAssessmentInputSchema.safeParse(input).success).toBe(true);
    expect(
      issues(AbilityAssessmentInputSchema.safeParse({ ...input, scores: { ...scores, 'B.2.4': 4 } })),
    ).toEqual([['scores.B.2.4', 'validation.ability.scoreOutOfRange']]);
    expect(issues(AbilityAssessmentInputSchema.safeParse({ ...input, scores: null }))).toEqual([
      ['scores', 'validation.ability.scoresRequired'],
    ]);
    expect(
      AbilityAssessmentInputSchema.safeParse({
        ...input,
        scores: null,
        factors: { ...input.factors, coma: true },
      }).success,
    ).toBe(true);
    expect(issues(AbilityAssessmentInputSchema.safeParse({ ...input, assessors: ['王芳', '王芳'] }))).toEqual(
      [['assessors.1', 'validation.ability.assessorsDistinct']],
    );
  });

  it('ability input: old MZ/T 039-2013 records carry a level of 0-3, and only they do', () => {
    const old = {
      personId: 'person-0001',
      standard: 'MZ/T 039-2013',
      date: '2019-05-01',
      reason: 'routine',
      assessors: ['王芳', '赵强'],
      scores: null,
      factors: { coma: false, dementia: false, psychiatric: false, riskEvents30d: {} },
      notes: '',
    };
    expect(AbilityAssessmentInputSchema.safeParse({ ...old, legacyLevel: 3 }).success).toBe(true);
    expect(issues(AbilityAssessmentInputSchema.safeParse(old))).toEqual([
      ['legacyLevel', 'validation.ability.legacyLevelRequired'],
    ]);
    expect(issues(AbilityAssessmentInputSchema.safeParse({ ...old, legacyLevel: 4 }))).toEqual([
      ['legacyLevel', 'validation.ability.legacyLevelRange'],
    ]);
    const scores = Object.fromEntries(ABILITY_ITEMS.map((i) => [i.code, i.max]));
    expect(
      issues(
        AbilityAssessmentInputSchema.safeParse({
          ...old,
          standard: 'GB/T 42195-2022',
          scores,
          legacyLevel: 1,
        }),
      ),
    ).toEqual([['legacyLevel', 'validation.ability.legacyLevelOnlyOld']]);
  });

  it('stays need a discharge reason and order', () => {
    const stay = {
      ...stamp,
      personId: 'person-0001',
      admittedOn: '2026-01-10',
      dischargedOn: '2026-01-05',
      dischargeReason: null,
      source: 'home',
      funding: 'selfPaying',
      emergencyContactConfirmed: true,
    };
    expect(issues(StaySchema.safeParse(stay))).toEqual([
      ['dischargedOn', 'validation.endBeforeStart'],
      ['dischargeReason', 'validation.stay.dischargeReasonRequired'],
    ]);
  });

  it('shift templates must say whether they cross midnight', () => {
    const shift = {
      ...stamp,
      code: '夜',
      name: '夜班',
      start: '20:00',
      end: '08:00',
      crossesMidnight: true,
      breakMinutes: 60,
      paidHours: 11,
      night: true,
      colour: '#d6e4ff',
      active: true,
    };
    expect(ShiftTemplateSchema.safeParse(shift).success).toBe(true);
    expect(issues(ShiftTemplateSchema.safeParse({ ...shift, crossesMidnight: false }))).toEqual([
      ['crossesMidnight', 'validation.shift.midnightMismatch'],
    ]);
    // 12 hours less a one-hour break leaves at most 11 paid; a break as long as the shift is refused.
    expect(issues(ShiftTemplateSchema.safeParse({ ...shift, paidHours: 11.25 }))).toEqual([
      ['paidHours', 'validation.shift.paidExceedsSpan'],
    ]);
    expect(issues(ShiftTemplateSchema.safeParse({ ...shift, paidHours: 10.1 }))).toEqual([
      ['paidHours', 'validation.shift.quarterHours'],
    ]);
    expect(
      issues(
        ShiftTemplateSchema.safeParse({
          ...shift,
          breakMinutes: 240,
          end: '22:00',
          crossesMidnight: false,
          paidHours: 0,
        }),
      ),
    ).toEqual([['breakMinutes', 'validation.shift.breakTooLong']]);
    expect(issues(ShiftTemplateSchema.safeParse({ ...shift, start: '24:00' }))).toEqual([
      ['start', 'validation.time'],
    ]);
  });
});
