/**
 * Every page of the app, in Chinese and in English, checked by axe-core: no
 * serious or critical WCAG 2 A/AA finding (contrast, names of controls, …)
 * and one level-one heading each. The pages come from the route table itself
 * (route-table.ts), so a page added later is checked without editing this
 * file; pages that take an id open on a person (and an assessment) of the demo
 * center. First-run setup has no route of its own and is checked apart.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedDemo } from '../../electron/core/demo';
import { toIsoDate } from '../../shared/domain/dates';
import { visible } from './harness';
import type { AppSession, SystemLocale } from './harness';
import { useE2E } from './use-e2e';
import { describeFindings, pageFindings, settle } from './axe';
import type { AxeFinding } from './axe';
import { concretePath, declaredRoutes } from './route-table';

const e2e = useE2E();
const LOCALES: SystemLocale[] = ['zh-CN', 'en-US'];
const ROUTES = declaredRoutes();
const FEATURE_NAMES = [...new Set(ROUTES.map((route) => route.feature))];
/** A small deterministic center: people with assessments, services and history. */
const DEMO = { seed: 7, years: 2, beds: 8, members: 4, today: '2026-11-20' };
const demoFolders: string[] = [];
afterAll(async () => {
  for (const folder of demoFolders) await rm(folder, { recursive: true, force: true });
});

interface ListAnswer {
  items: { id: string }[];
}
interface DetailAnswer {
  abilityAssessments: { id: string }[];
}

/** The route parameters: a demo person who has at least one ability assessment, and that assessment. */
async function demoParams(session: AppSession): Promise<Record<string, string>> {
  const list = await session.api('people.list', { status: 'active', limit: 100 });
  if (!list.body.ok) throw new Error(`people.list failed: ${JSON.stringify(list.body)}`);
  for (const { id } of (list.body.value as ListAnswer).items) {
    const detail = await session.api('people.get', { id });
    if (!detail.body.ok) continue;
    const assessment = (detail.body.value as DetailAnswer).abilityAssessments[0];
    if (assessment)
      return {
        id,
        assessmentId: assessment.id,
        ...(await demoBed(session)),
        ...(await demoResident(session)),
        ...(await demoHandover(session)),
        ...(await demoIncident(session)),
      };
  }
  throw new Error('the demo center has nobody with an ability assessment');
}

/** A bed of the demo center, for the bed's history page. */
async function demoBed(session: AppSession): Promise<{ bedId: string }> {
  const facility = await session.api('beds.facility');
  const bed = facility.body.ok ? (facility.body.value as { beds: { id: string }[] }).beds[0] : undefined;
  if (!bed) throw new Error(`the demo center has no bed: ${JSON.stringify(facility.body)}`);
  return { bedId: bed.id };
}

interface BoardAnswer {
  buildings: {
    floors: {
      rooms: {
        beds: { occupant: null | { personId: string; stayId: string; leave: null | { id: string } } }[];
      }[];
    }[];
  }[];
}

/** A resident of the demo center today (one away, when there is one), their stay and a leave of it. */
async function demoResident(session: AppSession): Promise<Record<string, string>> {
  const board = await session.api('beds.board', { date: toIsoDate(new Date()) });
  if (!board.body.ok) throw new Error(`beds.board failed: ${JSON.stringify(board.body)}`);
  const occupants = (board.body.value as BoardAnswer).buildings
    .flatMap((b) => b.floors.flatMap((f) => f.rooms.flatMap((r) => r.beds.map((bed) => bed.occupant))))
    .filter((o) => o !== null);
  const resident = occupants.find((o) => o.leave !== null) ?? occupants[0];
  if (!resident) throw new Error('the demo center has no resident today');
  const history = await session.api('beds.personHistory', { personId: resident.personId });
  const stays = (history.body.value as { stays: { stay: { id: string }; leaves: { id: string }[] }[] }).stays;
  const leaveId = resident.leave?.id ?? stays.flatMap((s) => s.leaves).at(-1)?.id ?? 'no-leave';
  return { personId: resident.personId, stayId: resident.stayId, leaveId };
}

/** A signed handover of the demo's last weeks, for its page and its paper (found without its date). */
async function demoHandover(session: AppSession): Promise<{ handoverId: string }> {
  const to = toIsoDate(new Date());
  const from = new Date();
  from.setDate(from.getDate() - 60);
  const list = await session.api('handovers.list', { from: toIsoDate(from), to });
  const last = list.body.ok ? (list.body.value as { id: string }[]).at(-1) : undefined;
  return { handoverId: last?.id ?? 'no-handover' };
}

/** An incident of the demo center (the newest, looking back up to two years), for its page, form and report. */
async function demoIncident(session: AppSession): Promise<{ incidentId: string }> {
  const day = 86_400_000;
  // The core lists at most 62 days a call.
  for (let back = 0; back < 730; back += 60) {
    const to = toIsoDate(new Date(Date.now() - back * day));
    const from = toIsoDate(new Date(Date.now() - (back + 59) * day));
    const list = await session.api('incidents.list', { from, to });
    if (!list.body.ok) throw new Error(`incidents.list failed: ${JSON.stringify(list.body)}`);
    const rows = list.body.value as { incident: { id: string } }[];
    if (rows[0]) return { incidentId: rows[0].incident.id };
  }
  throw new Error('the demo center has no incident in two years');
}

async function checkPage(page: Page, url: string): Promise<AxeFinding[]> {
  // A full load for each page: no state (or page shown during a lazy load) carries over from the last one.
  await page.goto('about:blank');
  await page.goto(url);
  await settle(page);
  return pageFindings(page);
}

describe.each(LOCALES)('accessibility in %s', (locale) => {
  it('finds the pages in the route table', () => {
    const paths = ROUTES.map((route) => route.path);
    // The reader of the route table must see real pages of both kinds, not an empty list.
    expect(paths).toContain('/');
    expect(paths).toContain('/people/:id');
    expect(ROUTES.some((route) => route.kind === 'print')).toBe(true);
  });

  it('first-run setup has no serious finding and one h1', async () => {
    const session = await e2e.start({ locale });
    await session.open();
    await visible(session.page.getByTestId('center-form'));
    await settle(session.page);
    const findings = await pageFindings(session.page);
    expect(findings, describeFindings(findings)).toEqual([]);
  });

  // One demo center per language, walked feature by feature: one walk of every page outgrew any
  // sensible time limit on a loaded machine, and a failure now names the feature it is in.
  let demoFolder: Promise<string> | undefined;
  const seededFolder = (): Promise<string> =>
    (demoFolder ??= (async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'care-a11y-'));
      demoFolders.push(dataDir);
      await seedDemo(dataDir, DEMO);
      return dataDir;
    })());

  it.each(FEATURE_NAMES)(
    'every page of %s has no serious finding and one h1',
    async (feature) => {
      const session = await e2e.start({ locale, dataDir: await seededFolder() });
      const params = await demoParams(session);
      const base = session.server().url.split('#')[0] ?? '';
      const failures: string[] = [];
      for (const route of ROUTES.filter((r) => r.feature === feature)) {
        const address = concretePath(route, params);
        const findings = await checkPage(session.page, `${base}#${address}`);
        if (findings.length > 0) failures.push(`${address}\n${describeFindings(findings)}`);
      }
      expect(failures, failures.join('\n\n')).toEqual([]);
    },
    180_000,
  );
});
