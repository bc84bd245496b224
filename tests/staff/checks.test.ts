import { describe, expect, it } from 'vitest';
import { checkShardReferences, checkStaffConsistency, shardLookups } from '../../electron/core/checks';
import type { CoreDoc, DayCode, ShiftTemplate, Staff } from '../../shared/schema';
import { defaultSettings } from '../../shared/schema';

const t = '2026-01-01T00:00:00.000Z';
const base = { createdAt: t, updatedAt: t };
const member = (id: string, extra: Partial<Staff> = {}): Staff => ({
  id,
  ...base,
  name: id,
  post: 'carer',
  workingTime: 'standard',
  certificates: [],
  active: true,
  ...extra,
});
const shift = (id: string, code: string): ShiftTemplate => ({
  id,
  ...base,
  code,
  name: id,
  start: '08:00',
  end: '16:00',
  crossesMidnight: false,
  breakMinutes: 0,
  paidHours: 8,
  night: false,
  colour: '#ffffff',
  active: true,
});
const dayCode = (id: string, code: string): DayCode => ({
  id,
  ...base,
  code,
  name: id,
  kind: 'rest',
  colour: '#ffffff',
  active: true,
});

function core(
  parts: Partial<Pick<CoreDoc, 'staff' | 'shiftTemplates' | 'dayCodes' | 'users'>>,
  customPosts: string[] = [],
) {
  return {
    staff: [],
    shiftTemplates: [],
    dayCodes: [],
    users: [],
    ...parts,
    settings: { ...defaultSettings(new Date(t)), customPosts },
  };
}

const codes = (list: { code: string }[]) => list.map((p) => p.code);

describe('verify: staff consistency', () => {
  it('passes a consistent core', () => {
    const ok = core(
      {
        staff: [member('s-1'), member('s-2', { post: '康复师' })],
        shiftTemplates: [shift('t-1', '白')],
        dayCodes: [dayCode('d-1', '休')],
      },
      ['康复师'],
    );
    expect(checkStaffConsistency(ok)).toEqual([]);
  });

  it('reports a post the center does not have', () => {
    const problems = checkStaffConsistency(core({ staff: [member('s-1', { post: '康复师' })] }));
    expect(codes(problems)).toEqual(['checks.staffUnknownPost']);
    expect(problems[0]?.params).toMatchObject({ id: 's-1', post: '康复师' });
  });

  it('reports an ID number two staff members share and a certificate id twice', () => {
    const cert = { id: 'c-1', kind: 'health' as const };
    const problems = checkStaffConsistency(
      core({
        staff: [
          member('s-1', { idNumber: '430626198503150047', certificates: [cert, cert] }),
          member('s-2', { idNumber: '430626198503150047' }),
        ],
      }),
    );
    expect(codes(problems)).toEqual(['checks.certificateDuplicateId', 'checks.staffDuplicateIdNumber']);
  });

  it('reports a code shared by a shift and a day code, whatever the case', () => {
    const problems = checkStaffConsistency(
      core({ shiftTemplates: [shift('t-1', 'N'), shift('t-2', 'D')], dayCodes: [dayCode('d-1', 'n')] }),
    );
    expect(codes(problems)).toEqual(['checks.duplicateCode']);
    expect(problems[0]?.params).toMatchObject({ id: 't-1', other: 'd-1', otherCollection: 'dayCodes' });
  });

  it('reports an account link to no account, and one account linked to two staff members', () => {
    const user = { id: 'u-00000001' } as CoreDoc['users'][number];
    const problems = checkStaffConsistency(
      core({
        users: [user],
        staff: [
          member('s-1', { userId: 'u-00000001' }),
          member('s-2', { userId: 'u-00000001' }),
          member('s-3', { userId: 'u-gone-0001' }),
        ],
      }),
    );
    expect(codes(problems)).toEqual(['checks.staffUserLinkedTwice', 'checks.staffMissingUser']);
  });

  it('accepts day codes on the roster, and still reports unknown codes', () => {
    const lookups = shardLookups({
      people: [],
      staff: [member('s-1')],
      shiftTemplates: [shift('t-1', '白')],
      dayCodes: [dayCode('d-1', '休')],
    });
    const entry = (id: string, shiftCode: string) => ({
      id,
      ...base,
      date: '2026-01-05',
      staffId: 's-1',
      shiftCode,
      area: '',
      teamLeader: false,
    });
    const problems = checkShardReferences(lookups, 'records/roster/2026-01.json', 'roster', '2026-01', [
      entry('r-1', '白'),
      entry('r-2', '休'),
      entry('r-3', '夜'),
    ]);
    expect(problems.map((p) => [p.code, p.params.id])).toEqual([['checks.missingShift', 'r-3']]);
  });
});
