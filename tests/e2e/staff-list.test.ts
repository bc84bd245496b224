/**
 * Staff in Chromium: the first-use state, the form with a certificate (Enter
 * never saves, Ctrl+S does), the list's certificate tag and the certificates
 * due card; the main process's refusal of a shared ID number beside its field.
 */
import { describe, expect, it } from 'vitest';
import { idCheckChar } from '../../shared/domain/id-number';
import { toIsoDate } from '../../shared/domain/dates';
import { chooseOption, containsText, hasText, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { accounts, addAccount, signInOnPage, signOutApi } from './auth-helpers';

const e2e = useE2E();

function idNumber(first17: string): string {
  return first17 + idCheckChar(first17);
}
function dayFromToday(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return toIsoDate(d);
}
const staffCount = async (session: AppSession) =>
  ((await session.api('staff.list', {})).body.value as unknown[]).length;

describe('staff list and form', () => {
  it('adds a first staff member with a certificate and lists it as due (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    await page.getByTestId('nav-staff').click();
    await containsText(await visible(page.getByTestId('staff-empty')), tr('zh-CN', 'staff:list.empty.title'));

    await page.getByTestId('staff-empty-add').click();
    await visible(page.getByTestId('staff-form'));
    await page.getByTestId('staff-field-name').fill('李秀英');
    // Enter in a box never saves a half-filled form.
    await page.getByTestId('staff-field-name').press('Enter');
    await page.getByTestId('staff-field-phone').fill('13812345678');
    await page.getByTestId('staff-field-idNumber').fill(idNumber('43062619850315004'));
    await chooseOption(page, 'staff-field-post', tr('zh-CN', 'staff:post.carer'));
    await page.getByTestId('staff-certificate-add').click();
    await page.locator('#staff-field-certificates-0-expiresOn').fill(dayFromToday(10));
    await page.locator('#staff-field-certificates-0-expiresOn').press('Tab');
    expect(await staffCount(session)).toBe(0);

    const before = await session.auditEntryCount();
    await page.getByTestId('staff-field-area').press('Control+s');
    await visible(page.getByTestId('staff-page'));
    const row = page.getByTestId('staff-row').filter({ hasText: '李秀英' });
    await visible(row);
    await hasText(row.getByTestId('staff-certificates-tag'), tr('zh-CN', 'staff:certificatesState.expiring'));
    const due = page.getByTestId('certificates-due').getByTestId('due-row');
    await containsText(due, '李秀英');
    await hasText(due.getByTestId('due-days'), tr('zh-CN', 'staff:due.left', { days: 10 }));
    expect(await session.auditEntryCount()).toBe(before + 1);

    // Leaving: the person stays, listed under "left" and no longer due.
    await row.getByTestId('staff-row-name').click();
    await visible(page.getByTestId('staff-form'));
    await page.getByTestId('staff-field-active').click();
    await page.getByTestId('staff-submit').click();
    await visible(page.getByTestId('staff-page'));
    await containsText(page.getByTestId('certificates-due'), tr('zh-CN', 'staff:due.none'));
    await page.getByTestId('staff-filter-active').getByText(tr('zh-CN', 'staff:list.state.inactive')).click();
    await visible(page.getByTestId('staff-row').filter({ hasText: '李秀英' }));
    expect(await staffCount(session)).toBe(1);
  });

  it('shows the refusal of an ID number another staff member has beside the field (en)', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    const shared = idNumber('43062619900720006');
    const first = await session.api('staff.create', {
      name: '王芳',
      post: 'nurse',
      idNumber: shared,
      workingTime: 'comprehensive',
      certificates: [],
      active: true,
    });
    expect(first.body.ok).toBe(true);
    await session.open();
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('staff-add').click();
    await page.getByTestId('staff-field-name').fill('Li Na');
    await page.getByTestId('staff-field-idNumber').fill(shared);
    await chooseOption(page, 'staff-field-post', tr('en', 'staff:post.nurse'));
    const before = await session.auditEntryCount();
    await page.getByTestId('staff-submit').click();

    await hasText(
      page.getByTestId('staff-field-idNumber-error'),
      tr('en', 'errors:staff.duplicateIdNumber', { name: '王芳' }),
    );
    await visible(page.getByTestId('staff-form'));
    expect(await session.auditEntryCount()).toBe(before);
    expect(await staffCount(session)).toBe(1);
  });

  it('shows staff names as text, not links to a form it may not open, to a viewer (en)', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    const created = await session.api('staff.create', {
      name: '李秀英',
      post: 'carer',
      workingTime: 'standard',
      certificates: [{ id: 'certificate-health-1', kind: 'health', expiresOn: dayFromToday(10) }],
      active: true,
    });
    expect(created.body.ok).toBe(true);
    const viewer = accounts('en').viewer;
    await addAccount(session, viewer);
    await signOutApi(session);
    await session.open();
    await signInOnPage(page, viewer);
    await page.getByTestId('nav-staff').click();
    const row = page.getByTestId('staff-row').filter({ hasText: '李秀英' });
    await visible(row.getByTestId('staff-row-name'));
    expect(await row.locator('a').count()).toBe(0);
    await containsText(page.getByTestId('certificates-due').getByTestId('due-row'), '李秀英');
    expect(await page.getByTestId('certificates-due').locator('a').count()).toBe(0);
  });
});
