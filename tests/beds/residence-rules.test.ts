import { describe, expect, it } from 'vitest';
import { checkResidenceHistory } from '../../electron/core/checks/residence-history';
import { findResidenceConflicts, type ResidenceRecords } from '../../shared/domain/residence-rules';

/** The records as plain arrays, so each case can add its own. */
type Records = { -readonly [K in keyof ResidenceRecords]: ResidenceRecords[K][number][] };

const base = (): Records => ({
  people: [{ id: 'wang' }, { id: 'li' }],
  beds: [
    { id: 'A', inServiceFrom: '2026-01-01', closures: [] },
    { id: 'B', inServiceFrom: '2026-01-01', closures: [{ from: '2026-06-01', to: '2026-06-10' }] },
  ],
  stays: [
    { id: 's-wang', personId: 'wang', admittedOn: '2026-03-01', dischargedOn: null },
    { id: 's-li', personId: 'li', admittedOn: '2026-03-01', dischargedOn: '2026-05-01' },
  ],
  bedAssignments: [
    { id: 'a-wang', personId: 'wang', bedId: 'A', stayId: 's-wang', from: '2026-03-01', to: null },
    { id: 'a-li', personId: 'li', bedId: 'B', stayId: 's-li', from: '2026-03-01', to: '2026-05-01' },
  ],
  leaves: [
    { id: 'l-wang', personId: 'wang', stayId: 's-wang', from: '2026-04-01', returnedAt: '2026-04-05' },
  ],
  criticalIllnesses: [],
});

const codes = (r: Records) => findResidenceConflicts(r).map((c) => [c.code, c.date, c.recordId]);

describe('the residence invariants', () => {
  it('accept a clean history, and a bed taken on the day the last resident left', () => {
    const r = base();
    expect(codes(r)).toEqual([]);
    r.stays.push({ id: 's-zhao', personId: 'zhao', admittedOn: '2026-05-01', dischargedOn: null });
    r.bedAssignments.push({ id: 'a-zhao', personId: 'zhao', bedId: 'B', from: '2026-05-01', to: null });
    expect(codes(r)).toEqual([['bedClosed', '2026-06-01', 'a-zhao']]);
  });

  it('find a bed held by two, naming both and the first shared day', () => {
    const r = base();
    r.stays.push({ id: 's-zhao', personId: 'zhao', admittedOn: '2026-02-01', dischargedOn: null });
    r.bedAssignments.push({ id: 'a-zhao', personId: 'zhao', bedId: 'A', from: '2026-02-01', to: null });
    expect(findResidenceConflicts(r)).toEqual([
      expect.objectContaining({
        code: 'bedDoubleBooked',
        personId: 'wang',
        otherPersonId: 'zhao',
        date: '2026-03-01',
      }),
    ]);
  });

  it('find overlapping stays, two beds at once, overlapping leaves, and records outside the stay', () => {
    const r = base();
    r.stays.push({ id: 's-wang2', personId: 'wang', admittedOn: '2026-02-01', dischargedOn: '2026-03-02' });
    expect(codes(r)).toEqual([['staysOverlap', '2026-03-01', 's-wang']]);

    const two = base();
    two.bedAssignments.push({
      id: 'a-wang2',
      personId: 'wang',
      bedId: 'B',
      stayId: 's-wang',
      from: '2026-05-01',
      to: '2026-05-03',
    });
    expect(codes(two)).toEqual([['personTwoBeds', '2026-05-01', 'a-wang2']]);

    const leaves = base();
    leaves.leaves.push({ id: 'l-wang2', personId: 'wang', from: '2026-04-03', returnedAt: null });
    expect(codes(leaves)).toEqual([['leavesOverlap', '2026-04-03', 'l-wang2']]);

    const outside = base();
    outside.bedAssignments.push({
      id: 'a-li2',
      personId: 'li',
      bedId: 'A',
      stayId: 's-li',
      from: '2026-05-01',
      to: null,
    });
    outside.leaves.push({ id: 'l-li', personId: 'li', stayId: 's-li', from: '2026-04-20', returnedAt: null });
    expect(codes(outside)).toEqual(
      expect.arrayContaining([
        ['assignmentOutsideStay', '2026-05-01', 'a-li2'],
        ['leaveOutsideStay', '2026-04-20', 'l-li'],
      ]),
    );
  });

  it('find a bed let before it was in service, and anything running after a death', () => {
    const r = base();
    (r.beds as { id: string; inServiceFrom: string; closures: [] }[])[0] = {
      id: 'A',
      inServiceFrom: '2026-03-05',
      closures: [],
    };
    expect(codes(r)).toEqual([['bedNotInService', '2026-03-01', 'a-wang']]);

    const dead = base();
    dead.people = [{ id: 'wang', deathDate: '2026-04-03' }, { id: 'li' }];
    dead.criticalIllnesses = [{ id: 'c-wang', personId: 'wang', from: '2026-04-01', to: '2026-04-03' }];
    expect(codes(dead).map(([code, , id]) => [code, id])).toEqual([
      ['afterDeath', 's-wang'],
      ['afterDeath', 'a-wang'],
      ['afterDeath', 'l-wang'],
    ]);
  });

  it('ignore voided records and same-day stays', () => {
    const r = base();
    r.stays.push({
      id: 's-wang2',
      personId: 'wang',
      admittedOn: '2026-02-01',
      dischargedOn: null,
      voided: { at: 'x' },
    });
    r.stays.push({ id: 's-wang3', personId: 'wang', admittedOn: '2026-03-01', dischargedOn: '2026-03-01' });
    expect(codes(r)).toEqual([]);
  });

  it('verify reports what only the day-by-day reading finds, with the bed label', () => {
    const r = base();
    r.bedAssignments.push({
      id: 'a-wang2',
      personId: 'wang',
      bedId: 'B',
      stayId: 's-wang',
      from: '2026-05-01',
      to: '2026-05-03',
    });
    const core = {
      ...r,
      people: r.people,
      beds: [
        { id: 'A', label: '101-1', inServiceFrom: '2026-01-01', closures: [] },
        { id: 'B', label: '101-2', inServiceFrom: '2026-01-01', closures: [] },
      ],
    } as unknown as Parameters<typeof checkResidenceHistory>[0];
    expect(checkResidenceHistory(core)).toEqual([
      {
        file: 'core.json',
        code: 'checks.residence.personTwoBeds',
        params: { ref: 'wang', id: 'a-wang2', other: 'a-wang', date: '2026-05-01', bed: '101-2' },
      },
    ]);
  });
});
