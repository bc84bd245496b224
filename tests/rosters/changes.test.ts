import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, openClockedApp, rosterCodes, type ClockedApp } from './helpers';

let app: ClockedApp;
let a: string;
let b: string;
let c: string;

function auditEntries(dir: string): { action: string; summary?: string }[] {
  const folder = join(dir, 'audit');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(folder, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as { action: string; summary?: string });
}

const cellsOf = async (from: string, to: string) => {
  const grid = await app.ok('rosters.grid', { from, to });
  return new Map(grid.rows.map((r) => [r.staffId, r.cells]));
};

beforeEach(async () => {
  app = await openClockedApp('2026-03-01T09:00');
  await rosterCodes(app);
  a = await addStaff(app, '王芳', 'carer', '0001');
  b = await addStaff(app, '李娟', 'carer', '0002');
  c = await addStaff(app, '陈静', 'carer', '0003');
});
afterEach(async () => {
  await app.close();
});

describe('patterns', () => {
  it('rotates 白白夜夜休休 over a group with an offset per person', async () => {
    const result = await app.ok('rosters.applyPattern', {
      from: '2026-03-02',
      to: '2026-03-08',
      pattern: ['白', '白', '夜', '夜', '休', '休'],
      people: [
        { staffId: a, offset: 0 },
        { staffId: b, offset: 2 },
        { staffId: c, offset: 4 },
      ],
      overwrite: false,
    });
    expect(result.changed).toBe(21);
    const cells = await cellsOf('2026-03-02', '2026-03-08');
    const line = (id: string) =>
      ['02', '03', '04', '05', '06', '07', '08'].map((d) => cells.get(id)?.[`2026-03-${d}`]?.[0] ?? '');
    expect(line(a)).toEqual(['白', '白', '夜', '夜', '休', '休', '白']);
    expect(line(b)).toEqual(['夜', '夜', '休', '休', '白', '白', '夜']);
    expect(line(c)).toEqual(['休', '休', '白', '白', '夜', '夜', '休']);
    expect(auditEntries(app.dir).at(-1)).toMatchObject({ action: 'rosters.applyPattern' });
  });

  it('keeps filled cells without overwrite and replaces them with it; an empty position clears only when overwriting', async () => {
    await app.ok('rosters.setCells', { changes: [{ staffId: a, date: '2026-03-03', codes: ['行政'] }] });
    const input = {
      from: '2026-03-01',
      to: '2026-03-04',
      pattern: ['白', ''],
      people: [{ staffId: a, offset: 0 }],
    };
    await app.ok('rosters.applyPattern', { ...input, overwrite: false });
    // 1st 白, 2nd empty, 3rd 白 (but 行政 is kept), 4th empty.
    expect((await cellsOf('2026-03-01', '2026-03-04')).get(a)).toEqual({
      '2026-03-01': ['白'],
      '2026-03-03': ['行政'],
    });
    await app.ok('rosters.setCells', { changes: [{ staffId: a, date: '2026-03-04', codes: ['休'] }] });
    await app.ok('rosters.applyPattern', { ...input, overwrite: true });
    // Overwriting: 行政 gives way to 白, the empty position clears 休.
    expect((await cellsOf('2026-03-01', '2026-03-04')).get(a)).toEqual({
      '2026-03-01': ['白'],
      '2026-03-03': ['白'],
    });
  });

  it('refuses a pattern that would put a person in overlapping shifts, writing nothing', async () => {
    await app.ok('rosters.setCells', { changes: [{ staffId: a, date: '2026-03-03', codes: ['早'] }] });
    const error = await app.refused('rosters.applyPattern', {
      from: '2026-03-02',
      to: '2026-03-02',
      pattern: ['夜'],
      people: [
        { staffId: b, offset: 0 },
        { staffId: a, offset: 0 },
      ],
      overwrite: true,
    });
    expect(error.code).toBe('rosters.overlap');
  });
});

describe('copy', () => {
  it('copies last week onto this week, day by day, for everybody or the people named', async () => {
    await app.ok('rosters.setCells', {
      changes: [
        { staffId: a, date: '2026-03-02', codes: ['白'] },
        { staffId: a, date: '2026-03-04', codes: ['夜'] },
        { staffId: b, date: '2026-03-03', codes: ['休'] },
      ],
    });
    await app.ok('rosters.setCells', { changes: [{ staffId: a, date: '2026-03-09', codes: ['行政'] }] });
    const result = await app.ok('rosters.copy', {
      sourceFrom: '2026-03-02',
      sourceTo: '2026-03-08',
      targetFrom: '2026-03-09',
      targetTo: '2026-03-15',
      overwrite: false,
    });
    let cells = await cellsOf('2026-03-09', '2026-03-15');
    expect(result.changed).toBe(2);
    expect(cells.get(a)).toEqual({ '2026-03-09': ['行政'], '2026-03-11': ['夜'] });
    expect(cells.get(b)).toEqual({ '2026-03-10': ['休'] });
    await app.ok('rosters.copy', {
      sourceFrom: '2026-03-02',
      sourceTo: '2026-03-08',
      targetFrom: '2026-03-09',
      targetTo: '2026-03-10',
      staffIds: [a],
      overwrite: true,
    });
    cells = await cellsOf('2026-03-09', '2026-03-15');
    // A shorter target stops at its end: the 11th keeps its night.
    expect(cells.get(a)).toEqual({ '2026-03-09': ['白'], '2026-03-11': ['夜'] });
    expect(auditEntries(app.dir).at(-1)?.action).toBe('rosters.copy');
  });
});

describe('swaps', () => {
  it('exchanges two people’s cells with the reason in the audit', async () => {
    await app.ok('rosters.setCells', {
      changes: [
        { staffId: a, date: '2026-03-05', codes: ['白'] },
        { staffId: b, date: '2026-03-05', codes: ['休'] },
      ],
    });
    await app.ok('rosters.swap', { staffA: a, dateA: '2026-03-05', staffB: b, reason: '家中有事' });
    const cells = await cellsOf('2026-03-05', '2026-03-05');
    expect(cells.get(a)).toEqual({ '2026-03-05': ['休'] });
    expect(cells.get(b)).toEqual({ '2026-03-05': ['白'] });
    const entry = auditEntries(app.dir).at(-1);
    expect(entry?.action).toBe('rosters.swap');
    expect(entry?.summary).toContain('家中有事');
    expect(entry?.summary).toContain('王芳');
  });

  it('on two dates: A’s shift of the first day goes to B, B’s of the second to A', async () => {
    await app.ok('rosters.setCells', {
      changes: [
        { staffId: a, date: '2026-03-05', codes: ['白'] },
        { staffId: b, date: '2026-03-06', codes: ['夜'] },
      ],
    });
    await app.ok('rosters.swap', {
      staffA: a,
      dateA: '2026-03-05',
      staffB: b,
      dateB: '2026-03-06',
      reason: '换班',
    });
    const cells = await cellsOf('2026-03-05', '2026-03-06');
    expect(cells.get(a)).toEqual({ '2026-03-06': ['夜'] });
    expect(cells.get(b)).toEqual({ '2026-03-05': ['白'] });
  });

  it('refuses a swap with nothing to exchange, or one that makes an overlap', async () => {
    expect(
      (await app.refused('rosters.swap', { staffA: a, dateA: '2026-03-05', staffB: b, reason: '换班' })).code,
    ).toBe('rosters.nothingToSwap');
    await app.ok('rosters.setCells', {
      changes: [
        { staffId: a, date: '2026-03-04', codes: ['夜'] },
        { staffId: b, date: '2026-03-05', codes: ['早'] },
      ],
    });
    expect(
      (await app.refused('rosters.swap', { staffA: a, dateA: '2026-03-05', staffB: b, reason: '换班' })).code,
    ).toBe('rosters.overlap');
  });
});

describe('publishing', () => {
  it('publishes version 1, and a change afterwards raises the version and records the last change', async () => {
    await app.ok('rosters.setCells', { changes: [{ staffId: a, date: '2026-03-05', codes: ['白'] }] });
    const published = await app.ok('rosters.publish', {
      month: '2026-03',
      preparedBy: '王芳',
      approvedBy: '李院长',
    });
    expect(published).toMatchObject({
      month: '2026-03',
      version: 1,
      preparedBy: '王芳',
      approvedBy: '李院长',
      lastChange: null,
    });
    expect(published.publishedByName).not.toBe('');

    app.clock.set('2026-03-04T15:30');
    await app.ok('rosters.setCells', {
      changes: [{ staffId: a, date: '2026-03-06', codes: ['夜'] }],
      note: '病假顶班',
    });
    let grid = await app.ok('rosters.grid', { from: '2026-03-01', to: '2026-03-31' });
    expect(grid.month).toMatchObject({ version: 2, lastChange: { note: '病假顶班' } });
    expect(grid.month?.lastChange?.byName).toBe(published.publishedByName);
    // A change in another month leaves March alone; a swap in March raises it again.
    await app.ok('rosters.setCells', { changes: [{ staffId: a, date: '2026-04-01', codes: ['白'] }] });
    await app.ok('rosters.swap', { staffA: a, dateA: '2026-03-06', staffB: b, reason: '调班' });
    grid = await app.ok('rosters.grid', { from: '2026-03-01', to: '2026-03-31' });
    expect(grid.month).toMatchObject({ version: 3, lastChange: { note: '调班' } });
    // Publishing again: a new version with a fresh line.
    const again = await app.ok('rosters.publish', { month: '2026-03', preparedBy: '王芳' });
    expect(again).toMatchObject({ version: 4, lastChange: null });
    expect(again).not.toHaveProperty('approvedBy');
    // A week view across two months has no single month.
    expect((await app.ok('rosters.grid', { from: '2026-03-30', to: '2026-04-05' })).month).toBeNull();
  });
});

describe('cover and on duty', () => {
  it('counts residents in the house at each shift by the ratios, the night minimum, and who is rostered', async () => {
    const { residents } = await import('./helpers');
    const { ids } = await residents(app, [
      ['赵大山', '101-1', '2026-03-01'],
      ['钱秀英', '101-2', '2026-03-01'],
      ['孙桂兰', '102-1', '2026-03-01'],
    ]);
    app.clock.set('2026-03-02T10:00');
    await app.ok('beds.leaveOut', {
      personId: ids[1] ?? '',
      kind: 'leave',
      from: '2026-03-02',
      expectedReturn: '2026-03-09',
      mealStop: true,
    });
    // One carer per resident whatever the level: the needed number is the residents in the house.
    const settings = await app.ok('settings.get', undefined);
    const { updatedAt: _u, rosterRules: _r, ...input } = settings;
    await app.ok('settings.save', {
      ...input,
      staffRatios: { level0: 1, level1: 1, level2: 1, level3: 1, level4: 1 },
    });
    await app.ok('rosters.saveRules', {
      ...(await app.ok('rosters.rules', undefined)),
      nightMinimumCarers: 3,
    });
    await app.ok('rosters.setCells', {
      changes: [
        { staffId: a, date: '2026-03-01', codes: ['白'] },
        { staffId: a, date: '2026-03-02', codes: ['白'] },
        { staffId: b, date: '2026-03-02', codes: ['夜'] },
        { staffId: c, date: '2026-03-05', codes: ['白'] },
      ],
    });
    const cover = await app.ok('rosters.cover', { from: '2026-03-01', to: '2026-03-05' });
    const of = (date: string, code: string) => cover.find((x) => x.date === date && x.shiftCode === code);
    expect(of('2026-03-01', '白')).toMatchObject({ residents: 3, needed: 3, rostered: 1, short: 2 });
    // On the 2nd one resident is on leave.
    expect(of('2026-03-02', '白')).toMatchObject({
      residents: 2,
      needed: 2,
      rostered: 1,
      short: 1,
      staffIds: [a],
    });
    // Nights ask for at least the night minimum.
    expect(of('2026-03-02', '夜')).toMatchObject({
      residents: 2,
      needed: 3,
      rostered: 1,
      short: 2,
      night: true,
    });
    // Days ahead use today's register (the 2nd: two in the house).
    expect(of('2026-03-05', '白')).toMatchObject({ residents: 2, needed: 2, rostered: 1 });

    app.clock.set('2026-03-02T21:15');
    const duty = await app.ok('rosters.onDuty', undefined);
    expect(duty.now.map((e) => [e.name, e.shiftCode, e.startsAt, e.endsAt])).toEqual([
      ['李娟', '夜', '2026-03-02T20:00', '2026-03-03T08:00'],
    ]);
    expect(duty.next).toEqual([]);
    app.clock.set('2026-03-02T09:00');
    const morning = await app.ok('rosters.onDuty', undefined);
    expect(morning.now.map((e) => e.name)).toEqual(['王芳']);
    expect(morning.next.map((e) => e.name)).toEqual(['李娟']);

    const board = await app.ok('board.now', undefined);
    expect(board.onDuty.source).toBe('roster');
    expect(board.onDuty.staff.map((s) => s.name)).toEqual(['王芳']);
    expect(board.cover.find((x) => x.shiftCode === '白')).toMatchObject({ needed: 2, rostered: 1, short: 1 });
  });

  it('drafts a handover with the roster’s outgoing and incoming staff and their sign-in names', async () => {
    const { addCarer } = await import('../rounds/helpers');
    const d = await addCarer(app, '周丽', 'zhouli', '0044');
    await app.ok('rosters.setCells', {
      changes: [
        { staffId: d, date: '2026-03-02', codes: ['白'] },
        { staffId: b, date: '2026-03-02', codes: ['夜'] },
      ],
    });
    app.clock.set('2026-03-02T19:30');
    const draft = await app.ok('handovers.compile', { date: '2026-03-02', shiftCode: '白', area: '' });
    expect(draft.signers.outgoing.map((e) => [e.name, e.username])).toEqual([['周丽', 'zhouli']]);
    expect(draft.signers.incoming.map((e) => [e.name, e.username])).toEqual([['李娟', null]]);
  });
});
