import { describe, expect, it } from 'vitest';
import { checkCoreReferences } from '../../electron/core/checks';

const t = '2026-01-01T00:00:00.000Z';
const base = { createdAt: t, updatedAt: t };
const person = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  ...base,
  status: 'active',
  ...extra,
});
const stay = (id: string, personId: string, admittedOn: string, dischargedOn: string | null) => ({
  id,
  ...base,
  personId,
  admittedOn,
  dischargedOn,
  dischargeReason: dischargedOn ? 'returnedHome' : null,
});
const assignment = (
  id: string,
  personId: string,
  bedId: string,
  from: string,
  to: string | null,
  stayId?: string,
) => ({
  id,
  ...base,
  personId,
  bedId,
  from,
  to,
  ...(stayId ? { stayId } : {}),
});

function core(parts: Record<string, unknown[]>) {
  const empty = {
    people: [],
    abilityAssessments: [],
    riskAssessments: [],
    buildings: [{ id: 'b1' }],
    rooms: [{ id: 'r1', buildingId: 'b1' }],
    beds: [
      { id: 'bed1', roomId: 'r1' },
      { id: 'bed2', roomId: 'r1' },
    ],
    stays: [],
    bedAssignments: [],
    leaves: [],
    enrollments: [],
    partners: [],
    villagePoints: [],
    referrals: [],
    staff: [],
    shiftTemplates: [],
  };
  return { ...empty, ...parts } as unknown as Parameters<typeof checkCoreReferences>[0];
}

const codes = (c: ReturnType<typeof core>) =>
  checkCoreReferences(c)
    .map((p) => p.code)
    .sort();

describe('referential checks', () => {
  it('accepts a bed handed over on the day the previous resident left', () => {
    expect(
      codes(
        core({
          people: [person('p1'), person('p2')],
          stays: [stay('s1', 'p1', '2025-01-01', '2025-06-01'), stay('s2', 'p2', '2025-06-01', null)],
          bedAssignments: [
            assignment('a1', 'p1', 'bed1', '2025-01-01', '2025-06-01', 's1'),
            assignment('a2', 'p2', 'bed1', '2025-06-01', null, 's2'),
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('finds overlapping assignments on one bed and an assignment outside its stay', () => {
    expect(
      codes(
        core({
          people: [person('p1'), person('p2')],
          stays: [stay('s1', 'p1', '2025-01-01', '2025-06-01'), stay('s2', 'p2', '2025-03-01', null)],
          bedAssignments: [
            assignment('a1', 'p1', 'bed1', '2025-01-01', '2025-06-01', 's1'),
            assignment('a2', 'p2', 'bed1', '2025-03-01', null, 's2'),
            assignment('a3', 'p1', 'bed2', '2024-12-01', '2025-01-05', 's1'),
          ],
        }),
      ),
    ).toEqual(['checks.assignmentOutsideStay', 'checks.bedOverlap']);
  });

  it('finds overlapping stays, leaves outside a stay and missing buildings, rooms and beds', () => {
    expect(
      codes(
        core({
          people: [person('p1')],
          rooms: [
            { id: 'r1', buildingId: 'b1' },
            { id: 'r2', buildingId: 'gone' },
          ],
          stays: [stay('s1', 'p1', '2025-01-01', '2025-06-01'), stay('s2', 'p1', '2025-05-01', null)],
          bedAssignments: [assignment('a1', 'p1', 'nobed', '2025-05-01', null, 's2')],
          leaves: [
            {
              id: 'l1',
              ...base,
              personId: 'p1',
              stayId: 's1',
              kind: 'leave',
              from: '2025-05-20',
              expectedReturn: '2025-06-10',
              returnedAt: '2025-06-10',
            },
          ],
        }),
      ),
    ).toEqual([
      'checks.leaveOutsideStay',
      'checks.missingBed',
      'checks.missingBuilding',
      'checks.overlappingStays',
    ]);
  });

  it('ignores voided records when judging occupancy', () => {
    const voided = { at: t, by: 'admin', reason: '录入错误' };
    expect(
      codes(
        core({
          people: [person('p1'), person('p2')],
          stays: [stay('s1', 'p1', '2025-01-01', null), stay('s2', 'p2', '2025-01-01', null)],
          bedAssignments: [
            assignment('a1', 'p1', 'bed1', '2025-01-01', null, 's1'),
            { ...assignment('a2', 'p2', 'bed1', '2025-01-01', null, 's2'), voided },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('flags duplicate ids and assessments after death', () => {
    expect(
      codes(
        core({
          people: [person('p1', { status: 'deceased', deathDate: '2025-02-01' })],
          abilityAssessments: [
            { id: 'x1', personId: 'p1', date: '2025-03-01' },
            { id: 'x1', personId: 'p1', date: '2025-01-01' },
          ],
        }),
      ),
    ).toEqual(['checks.duplicateId', 'checks.recordAfterDeath']);
  });
});
