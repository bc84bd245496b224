/**
 * Set-up for the stay pages' tests, through the API: two rooms of two beds,
 * elders with fresh assessments and an emergency contact, admissions.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { toIsoDate } from '../../shared/domain/dates';
import { addPerson, saveAbility, scoresWith } from './assessments-helpers';
import { setUpCenter, visible } from './harness';
import type { AppSession } from './harness';

export function today(): string {
  return toIsoDate(new Date());
}
export function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return toIsoDate(d);
}

export interface Beds {
  /** Bed label (101-1 …) → id. */
  byLabel: Record<string, string>;
}

/** Building 1, rooms 101 and 102, two beds each, in service since long ago. */
export async function setUpRooms(session: AppSession): Promise<Beds> {
  await setUpCenter(session);
  const answer = await session.api('beds.setupRooms', {
    building: session.language === 'zh-CN' ? '1号楼' : 'Block 1',
    floor: 1,
    firstRoom: 101,
    lastRoom: 102,
    bedsPerRoom: 2,
    bedType: 'residential',
    inServiceFrom: '2025-01-01',
  });
  if (!answer.body.ok) throw new Error(`beds.setupRooms failed: ${JSON.stringify(answer.body)}`);
  const beds = (answer.body.value as { beds: { id: string; label: string }[] }).beds;
  return { byLabel: Object.fromEntries(beds.map((b) => [b.label, b.id])) };
}

/** An elder with an emergency contact and both assessments made today (fresh for an admission). */
export async function addAssessedElder(
  session: AppSession,
  options: { name: string; sex: 'male' | 'female'; sequence: number },
): Promise<string> {
  const { id } = await addPerson(session, { ...options, birthDate: '1942-05-06', full: true });
  await saveAbility(session, id, scoresWith({ 'B.1.1': 0 }), today());
  const risk = await session.api('assessments.saveRisk', {
    personId: id,
    date: today(),
    reason: 'admission',
    assessor: '王秀兰',
    risks: Object.fromEntries(
      [
        'choking',
        'wrongIngestion',
        'pressureSore',
        'scald',
        'fallFromBed',
        'fall',
        'wandering',
        'harm',
        'activityAccident',
      ].map((code) => [code, { grade: 'none' }]),
    ),
    notes: '',
  });
  expect(risk.body.ok).toBe(true);
  return id;
}

/** Admits through the API (with a manager's override, so no assessment is needed). */
export async function admitThroughApi(
  session: AppSession,
  personId: string,
  bedId: string,
  admittedOn = today(),
): Promise<{ stayId: string }> {
  const answer = await session.api('beds.admit', {
    personId,
    bedId,
    admittedOn,
    contractNumber: `HT-${personId.slice(0, 6)}`,
    source: 'home',
    funding: 'selfPaying',
    emergencyContactConfirmed: true,
    overrideReason: '家属急需入住，评估随后补做',
  });
  if (!answer.body.ok) throw new Error(`beds.admit failed: ${JSON.stringify(answer.body)}`);
  return { stayId: (answer.body.value as { stay: { id: string } }).stay.id };
}

/** Bed ids free from `date` on, as the core answers. */
export async function freeBedIds(session: AppSession, date: string): Promise<string[]> {
  const answer = await session.api('beds.freeBeds', { date });
  if (!answer.body.ok) throw new Error(`beds.freeBeds failed: ${JSON.stringify(answer.body)}`);
  return (answer.body.value as { bedId: string }[]).map((b) => b.bedId);
}

export async function goTo(session: AppSession, route: string): Promise<void> {
  await session.page.goto(`${session.server().url.split('#')[0]}#${route}`);
}

/** The option texts the bed picker offers now. */
export async function offeredBeds(page: Page): Promise<string[]> {
  await page.getByTestId('stay-field-bedId').click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await visible(options.first());
  const texts = await options.allTextContents();
  await page.keyboard.press('Escape');
  return texts;
}

/** Types a date into a date field of the kit and leaves the box, as a clerk does. */
export async function typeDate(page: Page, id: string, date: string): Promise<void> {
  const box = page.locator(`#${id}`);
  await box.click();
  await box.fill(date);
  await box.press('Enter');
  await box.press('Tab');
}
