/**
 * What each role sees: a care worker has no Settings (so no restore), no
 * accounts and no audit trail, and no elder edit, import or export buttons;
 * typing the settings address shows "not allowed" and the core refuses the
 * restore anyway. A viewer (inspector) sees ID numbers masked.
 */
import { describe, expect, it } from 'vitest';
import { gone, hasText, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import { accounts, addAccount, signInOnPage, signOutApi } from './auth-helpers';
import { addPerson, validIdNumber } from './people-helpers';

const e2e = useE2E();

describe('a care worker (staff role)', () => {
  it('cannot see settings, restore, accounts or the audit trail, nor change elders', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    const people = accounts('zh-CN');
    await setUpCenter(session);
    const backup = await session.api('backups.create');
    expect(backup.body.ok).toBe(true);
    const personId = await addPerson(session, { name: '张三丰', sex: 'male', birthDate: '1950-03-08' });
    await addAccount(session, people.staff);
    await signOutApi(session);
    await session.open();
    await signInOnPage(page, people.staff);

    await visible(page.getByTestId('nav-people'));
    for (const entry of ['nav-settings', 'nav-users', 'nav-audit']) await gone(page.getByTestId(entry));

    // The elders are there to read, without the buttons that change them.
    await page.getByTestId('nav-people').click();
    await visible(page.getByTestId('people-row'));
    for (const button of ['people-add', 'people-import', 'people-export'])
      await gone(page.getByTestId(button));
    await page.goto(`${session.server().url.replace(/#\/$/, '')}#/people/${personId}`);
    await visible(page.getByTestId('person-name'));
    await visible(page.getByTestId('person-print'));
    for (const button of ['person-edit', 'person-assess-ability', 'person-assess-risk'])
      await gone(page.getByTestId(button));

    // A typed address shows "not allowed", never the settings and their restore button.
    await page.goto(`${session.server().url.replace(/#\/$/, '')}#/settings`);
    await hasText(
      page.getByTestId('page-forbidden').locator('.ant-result-title'),
      tr('zh-CN', 'auth:forbidden.title'),
    );
    await gone(page.getByTestId('settings-center'));

    // And the core refuses a restore from this account, whatever the screen shows.
    const list = await session.api('backups.list');
    expect(list.body.error?.code).toBe('auth.forbidden');
    const restore = await session.api('backups.restore', { file: 'anything.zip' });
    expect(restore.body.error?.code).toBe('auth.forbidden');
  });
});

describe('a viewer (inspector)', () => {
  it('sees ID numbers masked on the elder’s page', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    const people = accounts('en');
    await setUpCenter(session);
    const idNumber = validIdNumber('1950-03-08', 17);
    const personId = await addPerson(session, {
      name: 'Zhang Sanfeng',
      sex: 'male',
      birthDate: '1950-03-08',
      idNumber,
    });
    await addAccount(session, people.viewer);
    await signOutApi(session);
    await session.open();
    await signInOnPage(page, people.viewer);

    await page.goto(`${session.server().url.replace(/#\/$/, '')}#/people/${personId}`);
    const shown = await visible(page.getByTestId('person-id-number'));
    const text = (await shown.innerText()).trim();
    expect(text).not.toContain(idNumber);
    // First four and last four stay, the rest is starred: 4306**********2175.
    expect(text).toBe(`${idNumber.slice(0, 4)}${'*'.repeat(10)}${idNumber.slice(-4)}`);
    for (const button of ['person-edit', 'person-assess-ability']) await gone(page.getByTestId(button));
    await gone(page.getByTestId('nav-settings'));
  });
});
