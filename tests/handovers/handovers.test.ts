import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HANDOVER_SECTIONS, type Bed } from '../../shared/schema';
import { addElder, admission } from '../beds/helpers';
import { ACCOUNT_PASSWORD, addCarer, openClockedApp, residents, type ClockedApp } from '../rounds/helpers';

const NIGHT_SHIFT = {
  code: '夜',
  name: '夜班',
  start: '20:00',
  end: '08:00',
  breakMinutes: 60,
  paidHours: 11,
  night: true,
  colour: '#d6e4ff',
  active: true,
};
const KEY = { date: '2026-11-10', shiftCode: '夜', area: '' };

let app: ClockedApp;
let beds: Map<string, Bed>;
let ids: string[];
const bed = (label: string) => (beds.get(label) as Bed).id;

/**
 * The night of 10 November, scripted: 刘 was admitted the day before (new for
 * three days), 周 is admitted during the night, 钱 leaves, 孙 has been
 * critically ill since the 8th, 赵 falls and goes to hospital, and the 02:00
 * round finds 刘 awake and restless.
 */
async function scriptedNight(): Promise<void> {
  app.clock.set('2026-11-01T09:00');
  await app.ok('staff.saveShiftTemplate', NIGHT_SHIFT);
  ({ beds, ids } = await residents(app, [
    ['赵大山', '101-1', '2026-11-01'],
    ['钱秀英', '101-2', '2026-11-01'],
    ['孙桂兰', '103-1', '2026-11-01'],
  ]));
  const [zhao, qian, sun] = ids as [string, string, string];
  app.clock.set('2026-11-08T10:00');
  await app.ok('beds.markCritical', { personId: sun, from: '2026-11-08' });
  app.clock.set('2026-11-09T10:00');
  const liu = await addElder(app, '刘文华', '021', '2026-11-09');
  await app.ok('beds.admit', admission(liu, bed('102-1'), '2026-11-09'));
  ids.push(liu);

  app.clock.set('2026-11-10T21:00');
  const zhou = await addElder(app, '周美玲', '022', '2026-11-10');
  await app.ok('beds.admit', admission(zhou, bed('102-2'), '2026-11-10'));
  ids.push(zhou);
  app.clock.set('2026-11-10T22:00');
  await app.ok('beds.discharge', { personId: qian, on: '2026-11-10', reason: 'returnedHome' });
  app.clock.set('2026-11-10T23:40');
  await app.ok('incidents.report', {
    category: 'fall',
    date: '2026-11-10',
    occurredTime: '23:30',
    place: '卫生间',
    personIds: [zhao],
    staffIds: [],
    description: '起夜时滑倒',
    actionTaken: '测血压，送医',
    hospital: { at: null, destination: '乡镇卫生院' },
  });
  app.clock.set('2026-11-11T01:00');
  await app.ok('beds.leaveOut', {
    personId: zhao,
    kind: 'hospital',
    from: '2026-11-11',
    expectedReturn: null,
    mealStop: true,
  });
  app.clock.set('2026-11-11T02:05');
  await app.ok('rounds.record', {
    area: '全院',
    date: '2026-11-11',
    time: '02:00',
    shiftCode: '夜',
    staffId: await addCarer(app, '王芳', 'wangfang', '0001'),
    marks: [
      { personId: sun, mark: 'asleep' },
      { personId: liu, mark: 'needsAttention', note: '未入睡，烦躁' },
      { personId: zhou, mark: 'asleep' },
    ],
    findings: '',
  });
}

beforeEach(async () => {
  app = await openClockedApp('2026-11-01T08:00');
  await scriptedNight();
  await addCarer(app, '李娟', 'lijuan', '0002');
  app.clock.set('2026-11-11T07:40');
});
afterEach(async () => {
  await app.close();
});

const names = (items: { text: string }[]) => items.map((i) => i.text);

describe('handover compiled from a scripted night', () => {
  it('writes the sections in the paper order, with the counts of the area and the new resident repeated', async () => {
    const draft = await app.ok('handovers.compile', KEY);
    expect(Object.keys(draft.sections)).toEqual([...HANDOVER_SECTIONS]);
    expect(draft.from).toBe('2026-11-10T20:00');
    expect(draft.until).toBe('2026-11-11T08:00');
    expect(names(draft.sections.departures)).toEqual(['钱秀英 于 2026-11-10 出院']);
    expect(draft.sections.admissions.map((i) => [i.text, i.repeated ?? false])).toEqual([
      ['刘文华 于 2026-11-09 新入院', true],
      ['周美玲 于 2026-11-10 新入院', false],
    ]);
    expect(names(draft.sections.critical)).toEqual(['孙桂兰 自 2026-11-08 病危']);
    expect(names(draft.sections.events)).toEqual(['23:30 赵大山 跌倒：起夜时滑倒']);
    expect(names(draft.sections.leave)).toEqual(['赵大山 于 2026-11-11 住院']);
    expect(names(draft.sections.roundFindings)).toEqual(['02:00 查房 刘文华 需关注：未入睡，烦躁']);
    // 总人数 4 (钱 has left), 在院 3, 请假 0 written as a number, 住院 1.
    expect(draft.counts).toEqual({ total: 4, inHouse: 3, onLeave: 0, inHospital: 1 });
    expect(draft.existing).toBeNull();
  });

  it('repeats a new resident for three days only', async () => {
    const on = async (date: string) =>
      (await app.ok('handovers.compile', { ...KEY, date })).sections.admissions.map((i) => i.text);
    app.clock.set('2026-11-14T07:40');
    expect(await on('2026-11-11')).toEqual(['刘文华 于 2026-11-09 新入院', '周美玲 于 2026-11-10 新入院']);
    expect(await on('2026-11-12')).toEqual(['周美玲 于 2026-11-10 新入院']);
    expect(await on('2026-11-13')).toEqual([]);
  });
});

describe('signing, locking and addenda', () => {
  it('takes the outgoing then the incoming signature, each with its own password, and locks the record', async () => {
    const draft = await app.ok('handovers.compile', KEY);
    const saved = await app.ok('handovers.saveDraft', { ...KEY, sections: draft.sections });
    expect(saved).toMatchObject({ state: 'draft', counts: draft.counts, outgoing: null, incoming: null });
    const sign = { id: saved.id, date: KEY.date };

    const badPassword = await app.refused('handovers.sign', {
      ...sign,
      role: 'outgoing',
      username: 'wangfang',
      password: 'not-her-password',
    });
    expect(badPassword.code).toBe('auth.badCredentials');
    const incomingFirst = await app.refused('handovers.sign', {
      ...sign,
      role: 'incoming',
      username: 'lijuan',
      password: ACCOUNT_PASSWORD,
    });
    expect(incomingFirst.code).toBe('handovers.outgoingFirst');

    const half = await app.ok('handovers.sign', {
      ...sign,
      role: 'outgoing',
      username: 'wangfang',
      password: ACCOUNT_PASSWORD,
    });
    expect(half.outgoing).toMatchObject({ name: '王芳' });
    expect(half.state).toBe('draft');
    expect(JSON.stringify(half)).not.toContain(ACCOUNT_PASSWORD);

    const locked = await app.refused('handovers.saveDraft', { ...KEY, sections: draft.sections });
    expect(locked.code).toBe('handovers.locked');
    const same = await app.refused('handovers.sign', {
      ...sign,
      role: 'incoming',
      username: 'wangfang',
      password: ACCOUNT_PASSWORD,
    });
    expect(same.code).toBe('handovers.sameSigner');
    const early = await app.refused('handovers.addendum', {
      ...sign,
      text: '补充',
      username: 'wangfang',
      password: ACCOUNT_PASSWORD,
    });
    expect(early.code).toBe('handovers.notSigned');

    const signed = await app.ok('handovers.sign', {
      ...sign,
      role: 'incoming',
      username: 'lijuan',
      password: ACCOUNT_PASSWORD,
    });
    expect(signed.state).toBe('signed');
    expect(signed.incoming).toMatchObject({ name: '李娟' });
    const twice = await app.refused('handovers.sign', {
      ...sign,
      role: 'incoming',
      username: 'lijuan',
      password: ACCOUNT_PASSWORD,
    });
    expect(twice.code).toBe('handovers.incomingSigned');

    const wrongAddendum = await app.refused('handovers.addendum', {
      ...sign,
      text: '补充',
      username: 'lijuan',
      password: 'wrong-password-here',
    });
    expect(wrongAddendum.code).toBe('auth.badCredentials');
    const corrected = await app.ok('handovers.addendum', {
      ...sign,
      text: '更正：刘文华 03:00 已入睡',
      username: 'lijuan',
      password: ACCOUNT_PASSWORD,
    });
    expect(corrected.addenda.map((a) => [a.text, a.signature.name])).toEqual([
      ['更正：刘文华 03:00 已入睡', '李娟'],
    ]);
    expect(corrected.sections).toEqual(signed.sections);
    expect((await app.ok('handovers.get', sign)).addenda).toHaveLength(1);

    const board = await app.ok('board.now', undefined);
    expect(board.onDuty).toMatchObject({ source: 'handover', handoverId: saved.id });
    expect(board.onDuty.staff.map((s) => s.name)).toEqual(['李娟']);
  });
});
