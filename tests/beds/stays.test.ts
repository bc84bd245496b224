import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed } from '../../shared/schema';
import { hashTree } from '../ipc/helpers';
import { openTestApp, type TestApp } from '../people/helpers';
import { addElder, admission, setupBuilding } from './helpers';

let app: TestApp;
let beds: Map<string, Bed>;
const bed = (label: string) => (beds.get(label) as Bed).id;

beforeEach(async () => {
  app = await openTestApp('zh-CN');
  beds = await setupBuilding(app);
});
afterEach(async () => {
  await app.close();
});

/** Calls a channel that must be refused, and proves the data folder did not change. */
async function refused(call: () => Promise<{ ok: boolean; error?: { code: string; message: string } }>) {
  const before = await hashTree(app.dir);
  const result = await call();
  expect(result.ok).toBe(false);
  expect(await hashTree(app.dir)).toEqual(before);
  return (result as { error: { code: string; message: string } }).error;
}

describe('facility setup', () => {
  it('creates rooms and beds in bulk and refuses a room that exists already', async () => {
    expect([...beds.keys()]).toEqual(['101-1', '101-2', '102-1', '102-2', '103-1', '103-2']);
    const facility = await app.ok('beds.facility', undefined);
    expect(facility.rooms.map((r) => [r.name, r.floor])).toEqual([
      ['101', 1],
      ['102', 1],
      ['103', 1],
    ]);
    const error = await refused(() =>
      app.call('beds.setupRooms', {
        building: '1号楼',
        floor: 1,
        firstRoom: 103,
        lastRoom: 104,
        bedsPerRoom: 2,
        bedType: 'nursing',
        inServiceFrom: '2026-01-01',
      }),
    );
    expect(error.code).toBe('beds.roomExists');
    expect(error.message).toContain('103');
  });
});

describe('admission', () => {
  it('needs fresh assessments or a manager’s reason, and writes stay, bed and enrolment as one change', async () => {
    const wang = await addElder(app, '王大山', '011');
    const tooOld = await refused(() => app.call('beds.admit', admission(wang, bed('101-1'), '2026-10-01')));
    expect(tooOld.code).toBe('beds.assessmentsTooOld');
    expect(tooOld.message).toContain('30');
    const unconfirmed = await refused(() =>
      app.call(
        'beds.admit',
        admission(wang, bed('101-1'), '2026-10-01', { emergencyContactConfirmed: false }),
      ),
    );
    expect(unconfirmed.code).toBe('beds.emergencyContactUnconfirmed');

    const { stay, assignment } = await app.ok(
      'beds.admit',
      admission(wang, bed('101-1'), '2026-10-01', { overrideReason: '家属急需，入住后三天内补评估' }),
    );
    expect(stay.assessmentOverride).toMatchObject({ reason: '家属急需，入住后三天内补评估' });
    expect(assignment).toMatchObject({ bedId: bed('101-1'), from: '2026-10-01', to: null, stayId: stay.id });
    const core = app.session.store.core;
    expect(core.enrollments.filter((e) => e.personId === wang && e.service === 'residential')).toMatchObject([
      { from: '2026-10-01', to: null },
    ]);

    const li = await addElder(app, '李秀英', '022', '2026-10-20');
    const admitted = await app.ok('beds.admit', admission(li, bed('101-2'), '2026-11-01'));
    expect(admitted.stay.assessmentOverride).toBeUndefined();
    expect(admitted.stay.abilityAssessmentId).toBeDefined();
  });

  it('refuses a bed held by another resident, naming that person and the day', async () => {
    const wang = await addElder(app, '王大山', '011', '2026-09-28');
    const li = await addElder(app, '李秀英', '022', '2026-09-25');
    await app.ok('beds.admit', admission(wang, bed('101-1'), '2026-10-01'));
    const error = await refused(() => app.call('beds.admit', admission(li, bed('101-1'), '2026-10-05')));
    expect(error.code).toBe('beds.conflict.bedDoubleBooked');
    expect(error.message).toContain('王大山');
    expect(error.message).toContain('2026-10-05');
    // An admission is open-ended: dated before the other resident's, it still meets them on their first day.
    const earlier = await refused(() => app.call('beds.admit', admission(li, bed('101-1'), '2026-09-29')));
    expect(earlier.message).toContain('2026-10-01');
    // The picker offers only beds free from that day on.
    const free = await app.ok('beds.freeBeds', { date: '2026-09-29', personId: li });
    expect(free.map((b) => b.bedLabel)).not.toContain('101-1');
    expect(free.map((b) => b.bedLabel)).toContain('101-2');
  });

  it('refuses a second stay of the same person and an admission in the future', async () => {
    const wang = await addElder(app, '王大山', '011', '2026-09-28');
    await app.ok('beds.admit', admission(wang, bed('101-1'), '2026-10-01'));
    const overlap = await refused(() => app.call('beds.admit', admission(wang, bed('102-1'), '2026-10-10')));
    expect(overlap.code).toBe('beds.conflict.staysOverlap');
    expect(overlap.message).toContain('王大山');
    const future = await refused(() => app.call('beds.admit', admission(wang, bed('102-1'), '2099-01-01')));
    expect(future.code).toBe('beds.future');
  });

  it('keeps rooms for one sex', async () => {
    const room = app.session.store.core.rooms.find((r) => r.name === '103');
    await app.ok('beds.updateRoom', { roomId: room?.id as string, name: '103', floor: 1, sex: 'female' });
    const wang = await addElder(app, '王大山', '011', '2026-09-28');
    const error = await refused(() => app.call('beds.admit', admission(wang, bed('103-1'), '2026-10-01')));
    expect(error.code).toBe('beds.roomSexMismatch');
    const free = await app.ok('beds.freeBeds', { date: '2026-10-01', personId: wang });
    expect(free.some((b) => b.roomName === '103')).toBe(false);
  });
});

describe('bed closures', () => {
  it('refuses to close an occupied bed, naming the resident, and to admit into a closed one', async () => {
    const wang = await addElder(app, '王大山', '011', '2026-09-28');
    await app.ok('beds.admit', admission(wang, bed('101-1'), '2026-10-01'));
    const occupied = await refused(() =>
      app.call('beds.closeBed', {
        bedId: bed('101-1'),
        from: '2026-10-10',
        to: '2026-10-20',
        reason: 'repair',
      }),
    );
    expect(occupied.code).toBe('beds.conflict.bedClosed');
    expect(occupied.message).toContain('2026-10-10');

    await app.ok('beds.closeBed', { bedId: bed('102-1'), from: '2026-10-10', to: null, reason: 'repair' });
    const li = await addElder(app, '李秀英', '022', '2026-10-01');
    const closed = await refused(() => app.call('beds.admit', admission(li, bed('102-1'), '2026-10-05')));
    expect(closed.code).toBe('beds.conflict.bedClosed');
    await app.ok('beds.reopenBed', { bedId: bed('102-1'), on: '2026-10-15' });
    const board = await app.ok('beds.board', { date: '2026-10-12' });
    const bed1021 = board.buildings[0]?.floors[0]?.rooms[1]?.beds[0];
    expect(bed1021).toMatchObject({
      label: '102-1',
      state: 'closed',
      closure: { reason: 'repair', to: '2026-10-15' },
    });
    await app.ok('beds.admit', admission(li, bed('102-1'), '2026-10-15'));
  });
});

describe('moves, leave, discharge and death', () => {
  it('moves a resident on a date, freeing the old bed that day', async () => {
    const wang = await addElder(app, '王大山', '011', '2026-09-28');
    const li = await addElder(app, '李秀英', '022', '2026-10-01');
    await app.ok('beds.admit', admission(wang, bed('101-1'), '2026-10-01'));
    await app.ok('beds.move', {
      personId: wang,
      bedId: bed('102-1'),
      on: '2026-10-10',
      reason: '换到一楼靠窗',
    });
    await app.ok('beds.admit', admission(li, bed('101-1'), '2026-10-10'));
    const history = await app.ok('beds.bedHistory', { bedId: bed('101-1') });
    expect(history.rows.map((r) => [r.personName, r.assignment.from, r.assignment.to])).toEqual([
      ['王大山', '2026-10-01', '2026-10-10'],
      ['李秀英', '2026-10-10', null],
    ]);
    const taken = await refused(() =>
      app.call('beds.move', { personId: li, bedId: bed('102-1'), on: '2026-10-12' }),
    );
    expect(taken.code).toBe('beds.conflict.bedDoubleBooked');
    expect(taken.message).toContain('王大山');
    const before = await refused(() =>
      app.call('beds.move', { personId: li, bedId: bed('103-1'), on: '2026-10-05' }),
    );
    expect(before.code).toBe('beds.notResident');
  });

  it('records leave out and back, keeps the bed, and refuses a second absence at once', async () => {
    const wang = await addElder(app, '王大山', '011', '2026-09-28');
    await app.ok('beds.admit', admission(wang, bed('101-1'), '2026-10-01'));
    const leave = await app.ok('beds.leaveOut', {
      personId: wang,
      kind: 'leave',
      from: '2026-10-05',
      expectedReturn: '2026-10-07',
      destination: '儿子家',
      companion: '儿子 王明',
      companionPhone: '13912345678',
      mealStop: true,
    });
    const twice = await refused(() =>
      app.call('beds.leaveOut', {
        personId: wang,
        kind: 'hospital',
        from: '2026-10-06',
        expectedReturn: null,
        mealStop: true,
      }),
    );
    expect(twice.code).toBe('beds.alreadyAway');
    const onLeave = await app.ok('beds.board', { date: '2026-10-09' });
    const occupant = onLeave.buildings[0]?.floors[0]?.rooms[0]?.beds[0]?.occupant;
    expect(occupant).toMatchObject({
      name: '王大山',
      status: 'leave',
      leave: { overdue: true, mealStop: true },
    });
    expect(onLeave.totals).toMatchObject({ inRegister: 1, inHouse: 0, leave: 1, overdue: 1 });
    await app.ok('beds.leaveBack', { leaveId: leave.id, returnedAt: '2026-10-10' });
    const back = await app.ok('beds.board', { date: '2026-10-10' });
    expect(back.totals).toMatchObject({ inHouse: 1, leave: 0 });
  });

  it('discharges on the day of departure: served that day, the bed free at its census', async () => {
    const wang = await addElder(app, '王大山', '011', '2026-09-28');
    const li = await addElder(app, '李秀英', '022', '2026-10-01');
    await app.ok('beds.admit', admission(wang, bed('101-1'), '2026-10-01'));
    const stay = await app.ok('beds.discharge', {
      personId: wang,
      on: '2026-10-20',
      reason: 'returnedHome',
      destination: '青山村2组',
      belongings: [{ item: '棉被', quantity: 1 }],
    });
    expect(stay).toMatchObject({ dischargedOn: '2026-10-20', dischargeReason: 'returnedHome' });
    const core = app.session.store.core;
    expect(core.bedAssignments.find((a) => a.personId === wang)?.to).toBe('2026-10-20');
    expect(core.enrollments.find((e) => e.personId === wang && e.service === 'residential')?.to).toBe(
      '2026-10-20',
    );
    await app.ok('beds.admit', admission(li, bed('101-1'), '2026-10-20'));
    const board = await app.ok('beds.board', { date: '2026-10-19' });
    expect(board.buildings[0]?.floors[0]?.rooms[0]?.beds[0]?.occupant?.name).toBe('王大山');
  });

  it('a death in hospital ends the hospital stay that day and sets the person’s status; nothing after it', async () => {
    const wang = await addElder(app, '王大山', '011', '2026-09-28');
    await app.ok('beds.admit', admission(wang, bed('101-1'), '2026-10-01'));
    await app.ok('beds.markCritical', { personId: wang, from: '2026-10-12', notes: '呼吸衰竭' });
    await app.ok('beds.leaveOut', {
      personId: wang,
      kind: 'hospital',
      from: '2026-10-14',
      expectedReturn: null,
      mealStop: true,
    });
    await app.ok('beds.discharge', { personId: wang, on: '2026-10-16', reason: 'deceased' });
    const core = app.session.store.core;
    expect(core.people.find((p) => p.id === wang)).toMatchObject({
      status: 'deceased',
      deathDate: '2026-10-16',
    });
    expect(core.leaves.find((l) => l.personId === wang)?.returnedAt).toBe('2026-10-16');
    expect(core.criticalIllnesses.find((c) => c.personId === wang)?.to).toBe('2026-10-16');
    const history = await app.ok('beds.personHistory', { personId: wang });
    expect(history.stays[0]?.stay).toMatchObject({ dischargedOn: '2026-10-16', dischargeReason: 'deceased' });
    const board = await app.ok('beds.board', { date: '2026-10-15' });
    expect(board.buildings[0]?.floors[0]?.rooms[0]?.beds[0]?.occupant).toMatchObject({
      status: 'hospital',
      critical: true,
    });
    const after = await refused(() => app.call('beds.markCritical', { personId: wang, from: '2026-10-20' }));
    expect(after.code).toBe('beds.conflict.afterDeath');
    expect(after.message).toContain('2026-10-16');
    const again = await refused(() => app.call('beds.admit', admission(wang, bed('102-1'), '2026-10-20')));
    expect(again.code).toBe('beds.careEnded');
  });

  it('refuses a discharge that would leave a later move or leave outside the stay', async () => {
    const wang = await addElder(app, '王大山', '011', '2026-09-28');
    await app.ok('beds.admit', admission(wang, bed('101-1'), '2026-10-01'));
    await app.ok('beds.leaveOut', {
      personId: wang,
      kind: 'leave',
      from: '2026-10-20',
      expectedReturn: null,
      mealStop: false,
    });
    const error = await refused(() =>
      app.call('beds.discharge', { personId: wang, on: '2026-10-15', reason: 'other' }),
    );
    expect(error.code).toBe('beds.conflict.leaveOutsideStay');
    expect(error.message).toContain('王大山');
  });
});

describe('the bed board on a past date', () => {
  it('shows who lay where, with 新 for three days, the high risks and the ability level', async () => {
    const wang = await addElder(app, '王大山', '011', '2026-09-28');
    await app.ok('beds.admit', admission(wang, bed('101-1'), '2026-10-01'));
    const first = await app.ok('beds.board', { date: '2026-10-03' });
    const occupant = first.buildings[0]?.floors[0]?.rooms[0]?.beds[0]?.occupant;
    expect(occupant).toMatchObject({
      name: '王大山',
      sex: 'male',
      age: 81,
      isNew: true,
      highRisks: ['fall'],
      abilityLevel: 0,
    });
    expect(first.totals).toMatchObject({ beds: 6, occupied: 1, free: 5, newAdmissions: 1 });
    const later = await app.ok('beds.board', { date: '2026-10-04' });
    expect(later.buildings[0]?.floors[0]?.rooms[0]?.beds[0]?.occupant?.isNew).toBe(false);
    const before = await app.ok('beds.board', { date: '2026-09-30' });
    expect(before.totals.occupied).toBe(0);
  });
});
