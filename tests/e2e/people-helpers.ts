/**
 * Shared steps of the elders e2e tests: valid and broken ID numbers, people
 * added through the API, and reading the list as the user sees it.
 */
import type { Page } from 'playwright-core';
import { idCheckChar } from '../../shared/domain/id-number';
import type { AppSession } from './harness';
import { containsText, visible } from './harness';
import { emptyHealth } from '../../shared/schema';

/** A valid 18-character ID number (region 430626, Hunan) for a birth date and sequence (odd = male). */
export function validIdNumber(birthDate: string, sequence: number): string {
  const first17 = `430626${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** The same number with a check character that cannot be right. */
export function wrongCheckChar(id: string): string {
  const right = id.slice(-1);
  return id.slice(0, 17) + (right === '0' ? '1' : '0');
}

export interface SimplePerson {
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  idNumber?: string;
  village?: string;
  services?: readonly ('residential' | 'dayCare' | 'homeService')[];
}

/** The `people.create` argument for a simple person: no contacts, an empty health record, no categories. */
export function createArgument(person: SimplePerson) {
  return {
    ...person,
    emergencyContacts: [],
    health: emptyHealth(),
    categories: [],
    services: person.services ?? [],
  };
}

/** Adds a person through the API (for tests whose subject is something else). Returns the new id. */
export async function addPerson(session: AppSession, person: SimplePerson): Promise<string> {
  const answer = await session.api('people.create', createArgument(person));
  if (!answer.body.ok) throw new Error(`people.create failed: ${JSON.stringify(answer.body)}`);
  return (answer.body.value as { id: string }).id;
}

/** How many people the data folder holds, asked the way the list asks. */
export async function peopleCount(session: AppSession): Promise<number> {
  const answer = await session.api('people.list', {});
  if (!answer.body.ok) throw new Error(`people.list failed: ${JSON.stringify(answer.body)}`);
  return (answer.body.value as { total: number }).total;
}

/** Names in the list table, top to bottom, once the count says `expected` people are shown. */
export async function listedNames(page: Page, expected: number): Promise<string[]> {
  await visible(page.locator(`[data-testid="people-count"][data-count="${expected}"]`));
  return page.getByTestId('people-row-name').allInnerTexts();
}

/** Opens the elders list from the sidebar. */
export async function openPeopleList(page: Page): Promise<void> {
  await page.getByTestId('nav-people').click();
  await visible(page.getByTestId('people-page'));
}

/** Picks the person form's 所在村 from the township's list, adding it to the list first when it is missing. */
export async function chooseVillage(page: Page, village: string): Promise<void> {
  await page.getByTestId('person-field-village').click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: village });
  if ((await option.count()) > 0) {
    await option.first().click();
  } else {
    await page.getByTestId('person-village-new').fill(village);
    await page.getByTestId('person-village-add').click();
  }
  await containsText(page.getByTestId('person-field-village'), village);
}
