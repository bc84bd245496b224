import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  assignmentCovers,
  awayOn,
  countsOn,
  inRegister,
  isNewAdmission,
  leaveOverdueOn,
  occupancyOn,
  type CensusLeave,
  type ResidenceHistory,
} from '../../shared/domain/census';

const stay = (admittedOn: string, dischargedOn: string | null) => ({ admittedOn, dischargedOn });

describe('the census rule at its edges', () => {
  it('counts the admission day and not the discharge day', () => {
    const s = stay('2026-03-10', '2026-03-15');
    expect(inRegister(s, '2026-03-09')).toBe(false);
    expect(inRegister(s, '2026-03-10')).toBe(true);
    expect(inRegister(s, '2026-03-14')).toBe(true);
    expect(inRegister(s, '2026-03-15')).toBe(false);
    expect(inRegister(stay('2026-03-10', null), '2040-01-01')).toBe(true);
  });

  it('never counts a stay admitted and discharged on the same day', () => {
    const s = stay('2026-03-10', '2026-03-10');
    for (const d of ['2026-03-09', '2026-03-10', '2026-03-11']) expect(inRegister(s, d)).toBe(false);
  });

  it('frees a bed on the day the assignment ends, so the next resident takes it that day', () => {
    const first = { from: '2026-03-01', to: '2026-03-05' };
    const next = { from: '2026-03-05', to: null };
    expect(assignmentCovers(first, '2026-03-04')).toBe(true);
    expect(assignmentCovers(first, '2026-03-05')).toBe(false);
    expect(assignmentCovers(next, '2026-03-05')).toBe(true);
  });

  it('does not count a leave returning the same day as an absence', () => {
    expect(awayOn({ from: '2026-03-10', returnedAt: '2026-03-10' }, '2026-03-10')).toBe(false);
    const overnight = { from: '2026-03-10', returnedAt: '2026-03-11' };
    expect(awayOn(overnight, '2026-03-10')).toBe(true);
    expect(awayOn(overnight, '2026-03-11')).toBe(false);
    expect(awayOn({ from: '2026-03-10', returnedAt: null }, '2027-01-01')).toBe(true);
  });

  it('handles 29 February in leap years and its absence in others', () => {
    const s = stay('2028-02-28', '2028-03-01');
    expect(inRegister(s, '2028-02-29')).toBe(true);
    expect(inRegister(s, '2028-03-01')).toBe(false);
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysIso('2027-02-28', 1)).toBe('2027-03-01');
    // 新 for three census days: 28 Feb, 29 Feb and 1 March in a leap year.
    expect(isNewAdmission('2028-02-28', '2028-03-01')).toBe(true);
    expect(isNewAdmission('2028-02-28', '2028-03-02')).toBe(false);
    expect(isNewAdmission('2027-02-28', '2027-03-02')).toBe(true);
    expect(isNewAdmission('2027-02-28', '2027-03-03')).toBe(false);
    expect(isNewAdmission('2027-02-28', '2027-02-27')).toBe(false);
  });

  it('flags a leave as overdue only after the expected day and only while still away', () => {
    const leave: CensusLeave = {
      id: 'l',
      personId: 'p',
      kind: 'leave',
      from: '2026-03-01',
      expectedReturn: '2026-03-05',
      returnedAt: '2026-03-08',
    };
    expect(leaveOverdueOn(leave, '2026-03-05')).toBe(false);
    expect(leaveOverdueOn(leave, '2026-03-06')).toBe(true);
    expect(leaveOverdueOn(leave, '2026-03-08')).toBe(false);
    expect(leaveOverdueOn({ ...leave, expectedReturn: null }, '2026-03-07')).toBe(false);
  });
});

/**
 * A scripted history: 王 admitted 1 March in bed A, moved to bed B on 10 March,
 * in hospital from 20 March and dying there on 25 March (the hospital stay, the
 * bed and the stay all end that day); 李 takes bed A from 10 March, goes home
 * for the day on 12 March and is on leave 15-18 March; 张's stay was voided.
 */
const HISTORY: ResidenceHistory = {
  stays: [
    { id: 's-wang', personId: 'wang', admittedOn: '2028-03-01', dischargedOn: '2028-03-25' },
    { id: 's-li', personId: 'li', admittedOn: '2028-03-10', dischargedOn: null },
    { id: 's-zhang', personId: 'zhang', admittedOn: '2028-03-01', dischargedOn: null, voided: { at: 'x' } },
  ],
  bedAssignments: [
    { id: 'a1', personId: 'wang', bedId: 'A', from: '2028-03-01', to: '2028-03-10' },
    { id: 'a2', personId: 'wang', bedId: 'B', from: '2028-03-10', to: '2028-03-25' },
    { id: 'a3', personId: 'li', bedId: 'A', from: '2028-03-10', to: null },
    { id: 'a4', personId: 'zhang', bedId: 'C', from: '2028-03-01', to: null, voided: { at: 'x' } },
  ],
  leaves: [
    {
      id: 'h1',
      personId: 'wang',
      kind: 'hospital',
      from: '2028-03-20',
      expectedReturn: null,
      returnedAt: '2028-03-25',
    },
    {
      id: 'l1',
      personId: 'li',
      kind: 'leave',
      from: '2028-03-12',
      expectedReturn: '2028-03-12',
      returnedAt: '2028-03-12',
    },
    {
      id: 'l2',
      personId: 'li',
      kind: 'leave',
      from: '2028-03-15',
      expectedReturn: '2028-03-17',
      returnedAt: '2028-03-18',
    },
  ],
};

const who = (d: string) =>
  Object.fromEntries([...occupancyOn(HISTORY, d)].map(([bed, o]) => [bed, `${o.personId}:${o.status}`]));

describe('point-in-time questions against a scripted history', () => {
  it('answers who lay where on each day', () => {
    expect(who('2028-02-29')).toEqual({});
    expect(who('2028-03-09')).toEqual({ A: 'wang:inHouse' });
    expect(who('2028-03-10')).toEqual({ A: 'li:inHouse', B: 'wang:inHouse' });
    expect(who('2028-03-12')).toEqual({ A: 'li:inHouse', B: 'wang:inHouse' });
    expect(who('2028-03-16')).toEqual({ A: 'li:leave', B: 'wang:inHouse' });
    expect(who('2028-03-21')).toEqual({ A: 'li:inHouse', B: 'wang:hospital' });
    expect(who('2028-03-24')).toEqual({ A: 'li:inHouse', B: 'wang:hospital' });
    // Died in hospital on the 25th: not in the register at that census, bed B free.
    expect(who('2028-03-25')).toEqual({ A: 'li:inHouse' });
  });

  it('counts the register (在册) and those present (实有)', () => {
    expect(countsOn(HISTORY, '2028-03-16')).toEqual({ inRegister: 2, inHouse: 1, leave: 1, hospital: 0 });
    expect(countsOn(HISTORY, '2028-03-21')).toEqual({ inRegister: 2, inHouse: 1, leave: 0, hospital: 1 });
    expect(countsOn(HISTORY, '2028-03-25')).toEqual({ inRegister: 1, inHouse: 1, leave: 0, hospital: 0 });
  });

  it('does not show a bed held by somebody already out of the register', () => {
    const stale: ResidenceHistory = {
      ...HISTORY,
      bedAssignments: [
        ...HISTORY.bedAssignments,
        { id: 'a5', personId: 'wang', bedId: 'D', from: '2028-03-20', to: null },
      ],
    };
    expect(occupancyOn(stale, '2028-03-26').has('D')).toBe(false);
    expect(occupancyOn(stale, '2028-03-22').get('D')?.personId).toBe('wang');
  });
});
