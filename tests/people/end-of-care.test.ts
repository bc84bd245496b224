import fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ageOn, toIsoDate } from '../../shared/domain/dates';
import type { Channel } from '../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../shared/ipc/api';
import type { Result } from '../../shared/errors';
import { seedDemo } from '../../electron/core/demo';
import { checkCoreReferences } from '../../electron/core/checks';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { openSignedInSession } from '../auth/helpers';
import type { Session } from '../../electron/core/ipc/session';
import { createMemoryLogger } from '../../electron/core/log';
import { tempDataDir } from '../ipc/helpers';
import { emptyHealth } from '../../shared/schema';
import { readXlsx } from './files';
import { openTestApp, scoresAll } from './helpers';
import type { TestApp } from './helpers';

function daysFromToday(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return toIsoDate(d);
}

/** Born 90 years before `birthdayIn` days from now: the 90th birthday falls between the end of care and today. */
function birthWithBirthdayIn(daysAgo: number): string {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  d.setFullYear(d.getFullYear() - 90);
  return toIsoDate(d);
}

const ability = (personId: string, date: string) => ({
  personId,
  standard: 'GB/T 42195-2022' as const,
  date,
  reason: 'routine' as const,
  assessors: ['王芳', '李强'] as [string, string],
  scores: scoresAll((_c, max) => max),
  factors: { coma: false, dementia: false, psychiatric: false, riskEvents30d: {} },
  notes: '',
});

describe('the end of care', () => {
  let app: TestApp | undefined;
  let session: Session | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await app?.close();
    await session?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
    app = undefined;
    session = undefined;
    dir = undefined;
  });

  it('freezes the age, ends categories and services, refuses later assessments, hides the person by default', async () => {
    app = await openTestApp();
    const birth = birthWithBirthdayIn(5);
    const person = await app.ok('people.create', {
      name: '周老汉',
      sex: 'male',
      birthDate: birth,
      emergencyContacts: [],
      health: emptyHealth(),
      categories: [{ category: 'minimumLiving', from: '2020-01-01' }],
      services: ['dayCare'],
    });
    const died = daysFromToday(-10);
    const ended = await app.ok('people.endCare', { id: person.id, status: 'deceased', date: died });
    expect(ended.status).toBe('deceased');
    expect(ended.deathDate).toBe(died);
    expect(ended.categories[0]?.to).toBe(died);

    const detail = await app.ok('people.get', { id: person.id });
    // An enrollment that began after the date (recorded late) ends on its first day: it cannot run backwards.
    expect(detail.enrollments.length).toBeGreaterThan(0);
    expect(detail.enrollments.every((e) => e.to !== null && e.to <= (e.from > died ? e.from : died))).toBe(
      true,
    );

    // Hidden from the daily list and its export, shown with the filter; the age stays 89.
    expect((await app.ok('people.list', {})).total).toBe(0);
    const shown = await app.ok('people.list', { includeEnded: true });
    expect(shown.items[0]?.age).toBe(89);
    expect(ageOn(birth, toIsoDate(new Date()))).toBe(90);
    expect(shown.items[0]?.endDate).toBe(died);
    expect(shown.items[0]?.categories).toEqual([]);
    expect((await app.ok('people.list', { status: 'deceased' })).total).toBe(1);
    // The export is the list's view: the header row only, unless asked for.
    const rowsOf = async (base64: string) => (await readXlsx(base64)).worksheets[0]?.rowCount;
    expect(await rowsOf((await app.ok('people.export', {})).base64)).toBe(1);
    expect(await rowsOf((await app.ok('people.export', { includeEnded: true })).base64)).toBe(2);

    const after = await app.call('assessments.saveAbility', ability(person.id, daysFromToday(-2)));
    expect(!after.ok && after.error.code).toBe('assessments.afterEndOfCare');
    await app.setLanguage('en');
    const en = await app.call('assessments.saveAbility', ability(person.id, daysFromToday(-2)));
    expect(!en.ok && en.error.message).toContain(died);
    await app.ok('assessments.saveAbility', ability(person.id, daysFromToday(-12)));
  });

  it('moving away takes a date too, through people.update, in one audited change', async () => {
    app = await openTestApp();
    const input = {
      name: '吴老太',
      sex: 'female' as const,
      birthDate: '1940-02-02',
      emergencyContacts: [],
      health: emptyHealth(),
      categories: [],
      services: ['homeService' as const],
    };
    const person = await app.ok('people.create', input);
    const missing = await app.call('people.update', { id: person.id, person: input, status: 'movedAway' });
    expect(!missing.ok && missing.error.fields?.[0]?.path).toBe('movedAwayDate');
    const before = app.session.store.seq;
    const moved = await app.ok('people.update', {
      id: person.id,
      person: input,
      status: 'movedAway',
      movedAwayDate: daysFromToday(-1),
    });
    expect(app.session.store.seq).toBe(before + 1);
    expect(moved.movedAwayDate).toBe(daysFromToday(-1));
    const future = await app.call('people.endCare', {
      id: person.id,
      status: 'deceased',
      date: daysFromToday(0),
    });
    expect(!future.ok && future.error.code).toBe('people.endOfCare.alreadyEnded');
  });

  it('frees the bed of a resident who dies, so the references still hold', async () => {
    dir = await tempDataDir('care-end-');
    const today = toIsoDate(new Date());
    await seedDemo(dir, { seed: 3, years: 1, beds: 20, members: 5, today });
    session = await openSignedInSession({
      dataDir: dir,
      version: '0.0.0',
      systemLanguage: 'zh-CN',
      log: createMemoryLogger(),
    });
    const s = session;
    const call = <C extends Channel>(channel: C, arg: InputOf<C>) =>
      dispatch(s.handlers, channel, arg, s.dispatchContext) as Promise<Result<OutputOf<C>>>;
    expect(checkCoreReferences(s.store.core)).toEqual([]);
    const core = s.store.core;
    const stay = core.stays.find(
      (st) =>
        st.dischargedOn === null &&
        core.bedAssignments.some((b) => b.personId === st.personId && b.to === null),
    );
    if (!stay) throw new Error('the demo has no resident in a bed');
    const result = await call('people.endCare', { id: stay.personId, status: 'deceased', date: today });
    expect(result.ok).toBe(true);
    const after = s.store.core;
    expect(after.stays.find((st) => st.id === stay.id)).toMatchObject({
      dischargedOn: today,
      dischargeReason: 'deceased',
    });
    expect(after.bedAssignments.filter((b) => b.personId === stay.personId && b.to === null)).toEqual([]);
    expect(checkCoreReferences(after)).toEqual([]);
  });
});
