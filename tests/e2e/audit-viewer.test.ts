/**
 * The audit viewer (administrators and managers): who did what and when,
 * newest first, with the chain's state on top; filtered by kind of change and
 * by elder; paged with "more"; exported to Excel. Opening a print page of an
 * elder's record is itself recorded. A care worker cannot open it.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chooseOption, containsText, gone, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import { accounts, addAccount, signInApi, signInOnPage, signOutApi } from './auth-helpers';
import { addPerson } from './people-helpers';

const e2e = useE2E();
/** Names take letters only: the sixty elders are Elder AA … Elder CH. */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('the audit viewer', () => {
  it('shows who did what, newest first, filters by kind and elder, and exports to Excel', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    const people = accounts('zh-CN');
    await setUpCenter(session);
    await addAccount(session, people.manager);
    await signInApi(session, people.manager);
    const zhang = await addPerson(session, { name: '张三丰', sex: 'male', birthDate: '1950-03-08' });
    await addPerson(session, { name: '李秀英', sex: 'female', birthDate: '1948-06-01' });
    await signOutApi(session);
    await session.open();
    await signInOnPage(page, people.manager);

    await page.getByTestId('nav-audit').click();
    await visible(page.getByTestId('audit-chain-intact'));
    const rows = page.locator('[data-testid^="audit-row-"]');
    await rows.first().waitFor();
    // Newest first: the manager's sign-in just now is on top, the seq numbers fall.
    const seqs: number[] = [];
    for (const row of await rows.all()) {
      seqs.push(Number((await row.getAttribute('data-testid'))?.replace('audit-row-', '')));
    }
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    await containsText(rows.first(), people.manager.displayName);

    // Only changes to elders: the two added by the manager, named.
    await chooseOption(page, 'audit-filter-kind', tr('zh-CN', 'audit:kinds.people'));
    await expect.poll(() => rows.count()).toBe(2);
    await containsText(rows.nth(0), '李秀英');
    await containsText(rows.nth(1), '张三丰');
    await containsText(rows.nth(1), people.manager.displayName);

    // A name in a row narrows the trail to that elder.
    await rows.nth(1).getByRole('button', { name: '张三丰' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const texts: string[] = [];
    book.worksheets[0]?.eachRow((row) => {
      texts.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text).join('|'));
    });
    expect(texts.join('\n')).toContain('张三丰');
    expect(texts.join('\n')).not.toContain('李秀英');
    expect(texts.join('\n')).not.toContain(people.manager.password);

    // Opening the print page of 张三丰's record is recorded, naming who opened it.
    await page.goto(`${session.server().url.replace(/#\/$/, '')}#/print/people/${zhang}`);
    await visible(page.getByTestId('print-basic'));
    const printed = await session.api('audit.list', {
      filter: { kind: 'prints', personId: zhang },
      limit: 10,
    });
    expect(printed.body.value).toMatchObject({
      entries: [{ username: people.manager.username, people: [{ id: zhang, name: '张三丰' }] }],
    });
  });

  it('pages with "more"', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    // 60 elders: more than one page of 50 entries.
    for (let i = 0; i < 60; i++)
      await addPerson(session, {
        name: `Elder ${LETTERS[Math.floor(i / 26)] ?? 'Z'}${LETTERS[i % 26] ?? 'Z'}`,
        sex: 'female',
        birthDate: '1945-01-01',
      });
    await session.open();
    await page.getByTestId('nav-audit').click();
    const rows = page.locator('[data-testid^="audit-row-"]');
    await expect.poll(() => rows.count()).toBe(50);
    await page.getByTestId('audit-more').click();
    await expect.poll(() => rows.count()).toBeGreaterThan(50);
    expect(await rows.count()).toBeGreaterThanOrEqual(62);
  });

  it('is not in reach of a care worker', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    const people = accounts('en');
    await setUpCenter(session);
    await addAccount(session, people.staff);
    await signOutApi(session);
    await session.open();
    await signInOnPage(page, people.staff);
    await gone(page.getByTestId('nav-audit'));
    await page.goto(`${session.server().url.replace(/#\/$/, '')}#/audit`);
    await visible(page.getByTestId('page-forbidden'));
    expect((await session.api('audit.list', { filter: {}, limit: 10 })).body.error?.code).toBe(
      'auth.forbidden',
    );
  });
});
