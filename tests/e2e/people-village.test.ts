/**
 * 所在村 is chosen from the township's villages kept in the settings; a missing
 * village can be added from the form; an older or imported value that is not
 * in the list still shows, and is kept when the record is saved again.
 */
import { describe, expect, it } from 'vitest';
import { containsText, hasText, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { addPerson, openPeopleList } from './people-helpers';

const e2e = useE2E();

async function settings(session: AppSession): Promise<Record<string, unknown> & { villages: string[] }> {
  const answer = await session.api('settings.get');
  return answer.body.value as Record<string, unknown> & { villages: string[] };
}

async function storedVillage(session: AppSession, id: string): Promise<string | undefined> {
  const answer = await session.api('people.get', { id });
  return (answer.body.value as { person: { village?: string } }).person.village;
}

describe('所在村 from the township’s villages', () => {
  it('offers the listed villages, adds a missing one to the settings, and keeps an unlisted old value', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const { updatedAt: _updatedAt, ...input } = await settings(session);
    await session.api('settings.save', { ...input, villages: ['青山村', '柳塘村'] });
    const oldId = await addPerson(session, {
      name: '钱大爷',
      sex: 'male',
      birthDate: '1944-04-04',
      village: '老街村',
    });
    await session.open();

    await openPeopleList(page);
    await page.getByTestId('people-add').click();
    await page.getByTestId('person-field-name').fill('孙二娘');
    await page
      .getByTestId('person-field-sex')
      .getByText(tr('zh-CN', 'domain:sex.female'), { exact: true })
      .click();
    await page.locator('#person-field-birthDate').fill('1950-05-05');
    await page.locator('#person-field-birthDate').press('Tab');

    await page.getByTestId('person-field-village').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await visible(options.first());
    expect(await options.allInnerTexts()).toEqual(['青山村', '柳塘村']);

    // Not in the list yet: added from the form, chosen, and kept in the settings.
    await page.getByTestId('person-village-new').fill('白云村');
    await page.getByTestId('person-village-add').click();
    await containsText(page.getByTestId('person-field-village'), '白云村');
    expect((await settings(session)).villages).toEqual(['青山村', '柳塘村', '白云村']);
    await page.getByTestId('person-submit').click();
    await hasText(page.getByTestId('person-name'), '孙二娘');

    // An older record's village outside the list shows as it is and survives a save.
    const base = session.server().url.replace(/#.*$/, '');
    await page.goto(`${base}#/people/${oldId}/edit`);
    await containsText(
      page.getByTestId('person-field-village'),
      tr('zh-CN', 'people:form.villageNotListed', { village: '老街村' }),
    );
    await page.getByTestId('person-field-phone').fill('13912345678');
    await page.getByTestId('person-submit').click();
    await hasText(page.getByTestId('person-name'), '钱大爷');
    expect(await storedVillage(session, oldId)).toBe('老街村');
  });
});
