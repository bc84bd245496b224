/**
 * Shared steps of the assessment and print e2e tests: people added through
 * the API with a valid ID number, assessments saved through the API, and
 * filling the ability form the way staff do.
 */
import type { Page } from 'playwright-core';
import { ABILITY_ITEMS } from '../../shared/domain/ability';
import type { AbilityItemCode } from '../../shared/domain/ability';
import { idCheckChar } from '../../shared/domain/id-number';
import type { AppSession } from './harness';
import { visible } from './harness';

/** A valid 18-character ID number (region 130131, Hebei) for a birth date and sequence (odd = male). */
export function idNumberFor(birthDate: string, sequence: number): string {
  const first17 = `130131${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

export interface PersonOptions {
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  sequence: number;
  dementia?: boolean;
  village?: string;
  /** A guardian, a contact, a diagnosis, a category and a service, for the printed record. */
  full?: boolean;
}

/** Adds a person through the API; answers the new id and the ID number used. */
export async function addPerson(
  session: AppSession,
  options: PersonOptions,
): Promise<{ id: string; idNumber: string }> {
  const idNumber = idNumberFor(options.birthDate, options.sequence);
  const full = options.full === true;
  const answer = await session.api('people.create', {
    name: options.name,
    sex: options.sex,
    birthDate: options.birthDate,
    idNumber,
    ethnicity: full ? '汉族' : undefined,
    village: options.village,
    address: full ? '青山镇东村 12 号' : undefined,
    phone: full ? '13912345678' : undefined,
    maritalStatus: full ? 'widowed' : undefined,
    livingSituation: full ? 'alone' : undefined,
    emergencyContacts: full
      ? [{ name: '李建国', relation: '儿子', phone: '13712345678', address: '石家庄市' }]
      : [],
    guardian: full ? { name: '李秀英', relation: '女儿', phone: '13612345678' } : undefined,
    health: {
      diagnoses: full ? [{ name: '高血压', icd10: 'I10' }] : [],
      dementia: options.dementia ?? false,
      psychiatric: false,
      allergies: full ? '青霉素' : '',
      diet: full ? '低盐' : '',
      medicationNotes: '',
    },
    categories: full ? [{ category: 'minimumLiving', from: '2024-01-01' }] : [],
    services: full ? ['dayCare'] : [],
  });
  if (!answer.body.ok) throw new Error(`people.create failed: ${JSON.stringify(answer.body)}`);
  return { id: (answer.body.value as { id: string }).id, idNumber };
}

/** Every item at its best score, except those given. */
export function scoresWith(
  overrides: Partial<Record<AbilityItemCode, number>> = {},
): Record<AbilityItemCode, number> {
  return Object.fromEntries(
    ABILITY_ITEMS.map((item) => [item.code, overrides[item.code] ?? item.max]),
  ) as Record<AbilityItemCode, number>;
}

/** Saves an ability assessment through the API; answers the stored record. */
export async function saveAbility(
  session: AppSession,
  personId: string,
  scores: Record<AbilityItemCode, number>,
  date = '2026-11-02',
): Promise<{ id: string; result: { finalLevel: number; total: number | null } }> {
  const answer = await session.api('assessments.saveAbility', {
    personId,
    standard: 'GB/T 42195-2022',
    date,
    reason: 'first',
    assessors: ['王秀兰', '赵明'],
    scores,
    factors: { coma: false, dementia: false, psychiatric: false, riskEvents30d: {} },
    notes: '',
  });
  if (!answer.body.ok) throw new Error(`assessments.saveAbility failed: ${JSON.stringify(answer.body)}`);
  return answer.body.value as { id: string; result: { finalLevel: number; total: number | null } };
}

/** The person as `people.get` answers. */
export async function personDetail(
  session: AppSession,
  id: string,
): Promise<{
  currentLevel: number | null;
  abilityAssessments: unknown[];
  riskAssessments: { risks: Record<string, { grade: string; measures?: string }> }[];
}> {
  const answer = await session.api('people.get', { id });
  if (!answer.body.ok) throw new Error(`people.get failed: ${JSON.stringify(answer.body)}`);
  return answer.body.value as Awaited<ReturnType<typeof personDetail>>;
}

/** `B.1.1` → the form's test id for that item. */
export function itemId(code: AbilityItemCode): string {
  return `ability-item-${code.replace(/\./g, '-')}`;
}

/** Opens the ability form of a person straight from its address. */
export async function openAbilityForm(session: AppSession, personId: string): Promise<void> {
  await session.page.goto(`${session.server().url.split('#')[0]}#/people/${personId}/assess/ability`);
  await visible(session.page.getByTestId('ability-page'));
}

/** Clicks one option of every item (its best score unless given), as staff do with the mouse. */
export async function pickAll(
  page: Page,
  overrides: Partial<Record<AbilityItemCode, number>> = {},
): Promise<void> {
  for (const item of ABILITY_ITEMS) {
    const score = overrides[item.code] ?? item.max;
    await page.getByTestId(`${itemId(item.code)}-option-${score}`).click();
  }
}
