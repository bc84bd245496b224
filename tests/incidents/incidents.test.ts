import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../shared/domain/census';
import { toIsoDate } from '../../shared/domain/dates';
import type { ReportIncidentInput } from '../../shared/ipc/incidents';
import { openClockedApp, residents, type ClockedApp } from '../rounds/helpers';

let app: ClockedApp;
let wang: string;
// The reassessment list counts incidents of the real last 30 days: the script runs in this month.
const today = toIsoDate(new Date());
const day = (n: number) => addDaysIso(today, n);

const fall = (date: string): ReportIncidentInput => ({
  category: 'fall',
  date,
  occurredTime: '09:30',
  place: '走廊',
  personIds: [wang],
  staffIds: [],
  description: '在走廊摔倒',
  actionTaken: '检查无外伤',
  hospital: null,
});

beforeEach(async () => {
  app = await openClockedApp(`${day(-20)}T09:00`);
  const { ids } = await residents(app, [['王大山', '101-1', day(-20)]]);
  wang = ids[0] ?? '';
  app.clock.set(new Date().toISOString());
});
afterEach(async () => {
  await app.close();
});

describe('closing an incident', () => {
  it('is refused until the family was notified and the review written, then closes and stays closed', async () => {
    const incident = await app.ok('incidents.report', fall(day(-1)));
    const at = { id: incident.id, date: incident.date };
    expect((await app.refused('incidents.close', at)).code).toBe('incidents.familyNotNotified');
    const before = `${day(-1)}T09:00:00.000`;
    expect(
      (
        await app.refused('incidents.notifyFamily', {
          ...at,
          at: new Date(before).toISOString(),
          channel: 'phone',
          by: '李娟',
        })
      ).code,
    ).toBe('incidents.notifiedBeforeIncident');
    await app.ok('incidents.notifyFamily', {
      ...at,
      at: new Date(`${day(-1)}T10:00:00`).toISOString(),
      channel: 'phone',
      by: '李娟',
      notes: '儿子王明接听',
    });
    expect((await app.refused('incidents.close', at)).code).toBe('incidents.notReviewed');
    await app.ok('incidents.review', {
      ...at,
      text: '地面湿滑',
      correctiveAction: '走廊加装扶手，拖地后放警示牌',
    });
    const closed = await app.ok('incidents.close', at);
    expect(closed.closed).not.toBeNull();
    expect(closed.familyNotification).toMatchObject({ channel: 'phone', by: '李娟' });
    expect((await app.refused('incidents.update', { ...fall(day(-1)), ...at, place: '房间' })).code).toBe(
      'incidents.closed',
    );
    const rows = await app.ok('incidents.list', { from: day(-7), to: today });
    expect(rows.map((r) => [r.incident.id, r.open])).toEqual([[incident.id, false]]);
  });

  it('lists open incidents first and shows them on the board', async () => {
    const old = await app.ok('incidents.report', fall(day(-3)));
    await app.ok('incidents.notifyFamily', {
      id: old.id,
      date: old.date,
      at: new Date(`${day(-3)}T10:00:00`).toISOString(),
      channel: 'phone',
      by: '李娟',
    });
    await app.ok('incidents.review', { id: old.id, date: old.date, text: '原因', correctiveAction: '措施' });
    await app.ok('incidents.close', { id: old.id, date: old.date });
    const open = await app.ok('incidents.report', fall(day(-5)));
    const rows = await app.ok('incidents.list', { from: day(-7), to: today });
    expect(rows.map((r) => r.incident.id)).toEqual([open.id, old.id]);
    const board = await app.ok('board.now', undefined);
    expect(board.openIncidents).toEqual({ count: 1, ids: [open.id] });
    expect(board.incidents[0]?.names).toEqual(['王大山']);
  });
});

describe('incidents feed the reassessment list', () => {
  it('puts the elder on the list at the second fall within 30 days, not at the first', async () => {
    const dueFor = async () =>
      (await app.ok('assessments.due', undefined)).find((d) => d.personId === wang)?.reasons ?? [];
    await app.ok('incidents.report', fall(day(-10)));
    expect(await dueFor()).not.toContain('people.reassessment.incidents');
    await app.ok('incidents.report', fall(day(-2)));
    expect(await dueFor()).toContain('people.reassessment.incidents');
  });
});
