import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCarer, openClockedApp, residents, type ClockedApp } from './helpers';

let app: ClockedApp;
let ids: string[];
let carer: string;

/** Audit lines written so far: one per durable change. */
function auditLines(dir: string): string[] {
  const folder = join(dir, 'audit');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(folder, f), 'utf8').split('\n').filter(Boolean));
}

beforeEach(async () => {
  app = await openClockedApp('2026-11-01T09:00');
  ({ ids } = await residents(app, [
    ['赵大山', '101-1', '2026-11-01'],
    ['钱秀英', '101-2', '2026-11-01'],
    ['孙桂兰', '102-1', '2026-11-01'],
  ]));
  carer = await addCarer(app, '王芳', 'wangfang', '0001');
  const building = (await app.ok('beds.facility', undefined)).buildings[0]?.id ?? '';
  await app.ok('rounds.savePlan', {
    areas: [
      {
        name: '一层',
        places: [{ buildingId: building, floor: 1 }],
        night: { from: '22:00', to: '06:00', everyHours: 2 },
        dayTimes: ['10:00'],
        dayEvery: null,
      },
    ],
    firePatrol: { items: ['安全出口', '厨房'], perNight: 2, night: { from: '20:00', to: '08:00' } },
  });
  app.clock.set('2026-11-02T10:00');
  await app.ok('beds.leaveOut', {
    personId: ids[1] ?? '',
    kind: 'leave',
    from: '2026-11-02',
    expectedReturn: '2026-11-05',
    mealStop: true,
  });
  app.clock.set('2026-11-03T02:10');
});
afterEach(async () => {
  await app.close();
});

describe('a night round', () => {
  it('lists the residents in the house of the area as 应查 and saves all marks in one durable change', async () => {
    const [zhao, qian, sun] = ids as [string, string, string];
    const sheet = await app.ok('rounds.sheet', { area: '一层', date: '2026-11-03', time: '02:00' });
    expect(sheet.expected.map((r) => [r.name, r.bedLabel])).toEqual([
      ['赵大山', '101-1'],
      ['孙桂兰', '102-1'],
    ]);
    const before = auditLines(app.dir).length;
    const round = await app.ok('rounds.record', {
      area: '一层',
      date: '2026-11-03',
      time: '02:00',
      shiftCode: '夜',
      staffId: carer,
      marks: [
        { personId: zhao, mark: 'asleep' },
        { personId: sun, mark: 'needsAttention', note: '咳嗽' },
      ],
      findings: '孙桂兰咳嗽，已告知护士',
    });
    expect(auditLines(app.dir).length - before).toBe(1);
    expect(round).toMatchObject({ expectedCount: 2, checkedCount: 2, abnormalCount: 1, staffId: carer });
    expect((await app.ok('rounds.list', { date: '2026-11-03', area: '一层' })).map((r) => r.id)).toEqual([
      round.id,
    ]);

    const onLeave = await app.refused('rounds.record', {
      area: '一层',
      date: '2026-11-03',
      time: '02:00',
      shiftCode: '夜',
      staffId: carer,
      marks: [{ personId: qian, mark: 'asleep' }],
      findings: '',
    });
    expect(onLeave.code).toBe('rounds.notInArea');
    expect(onLeave.message).toContain('钱秀英');
    const twice = await app.refused('rounds.record', {
      area: '一层',
      date: '2026-11-03',
      time: '02:00',
      shiftCode: '夜',
      staffId: carer,
      marks: [
        { personId: zhao, mark: 'asleep' },
        { personId: zhao, mark: 'awake' },
      ],
      findings: '',
    });
    expect(twice.code).toBe('rounds.markedTwice');
    const future = await app.refused('rounds.record', {
      area: '一层',
      date: '2026-11-03',
      time: '04:00',
      shiftCode: '夜',
      staffId: carer,
      marks: [],
      findings: '',
    });
    expect(future.code).toBe('rounds.future');
  });

  it('shows the plan’s slots as done, due or missed, and the board the rounds due per area', async () => {
    await app.ok('rounds.record', {
      area: '一层',
      date: '2026-11-02',
      time: '22:05',
      shiftCode: '夜',
      staffId: carer,
      marks: [],
      findings: '',
    });
    const slots = await app.ok('rounds.slots', { from: '2026-11-02', to: '2026-11-02' });
    expect(slots.map((s) => [s.time, s.state])).toEqual([
      ['10:00', 'missed'],
      ['22:00', 'done'],
      ['00:00', 'missed'],
      ['02:00', 'due'],
      ['04:00', 'upcoming'],
      ['06:00', 'upcoming'],
    ]);
    const board = await app.ok('board.now', undefined);
    const area = board.rounds.find((r) => r.area === '一层');
    expect(area?.due.map((s) => s.time)).toEqual(['02:00']);
    expect(area?.last).toMatchObject({ date: '2026-11-02', time: '22:05' });
    expect(board.inRegister.count).toBe(3);
    expect(board.onLeave).toEqual({ count: 1, ids: [ids[1]] });
  });
});

describe('a fire patrol', () => {
  it('needs every checklist item and a finding described, and counts towards the night', async () => {
    const missing = await app.refused('rounds.recordPatrol', {
      date: '2026-11-03',
      time: '01:00',
      area: '',
      staffId: carer,
      items: [{ item: '安全出口', result: 'ok' }],
    });
    expect(missing.code).toBe('rounds.patrolIncomplete');
    expect(missing.message).toContain('厨房');
    const blank = await app.refused('rounds.recordPatrol', {
      date: '2026-11-03',
      time: '01:00',
      area: '',
      staffId: carer,
      items: [
        { item: '安全出口', result: 'ok' },
        { item: '厨房', result: 'finding' },
      ],
    });
    expect(blank.code).toBe('rounds.findingRequired');
    await app.ok('rounds.recordPatrol', {
      date: '2026-11-03',
      time: '01:00',
      area: '',
      staffId: carer,
      items: [
        { item: '安全出口', result: 'ok' },
        { item: '厨房', result: 'finding', finding: '燃气阀未关', fix: '已关闭' },
      ],
    });
    const nights = await app.ok('rounds.patrolNights', { from: '2026-11-01', to: '2026-11-02' });
    expect(nights.map((n) => [n.night, n.done, n.state])).toEqual([
      ['2026-11-01', 0, 'missed'],
      ['2026-11-02', 1, 'open'],
    ]);
  });
});
