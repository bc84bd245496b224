/**
 * `npm run screenshots` (part): the sign-in screen, the accounts page and the
 * audit viewer, in Chinese and in English, 1280×800, written to
 * resources/screenshots/<page>-<language>.png. Each starts from a fresh data
 * folder with the sample center, one account per role and two elders.
 */
import path from 'node:path';
import { setUpCenter, visible } from './harness';
import type { AppSession, SystemLocale } from './harness';
import { SCREENSHOT_DIR, runScreenshots, shoot, withFixedFolder } from './screenshot-kit';
import { accounts, addAccount, signInApi, signInOnPage, signOutApi } from './auth-helpers';
import type { Account } from './auth-helpers';
import { addPerson } from './people-helpers';

const VIEWPORT = { width: 1280, height: 800 };
const LOCALES: SystemLocale[] = ['zh-CN', 'en-US'];

/** A center as it looks after a few days: accounts for every role, two elders, sign-ins by several people. */
async function prepare(session: AppSession): Promise<Account> {
  const people = accounts(session.language);
  // A real-looking first administrator instead of the test harness's own.
  const zh = session.language === 'zh-CN';
  const admin = { ...people.admin, username: 'wangxl', displayName: zh ? '王秀兰' : 'Wang Xiulan' };
  const created = await session.api('auth.createFirstAdmin', {
    username: admin.username,
    displayName: admin.displayName,
    password: admin.password,
    passwordAgain: admin.password,
  });
  if (!created.body.ok) throw new Error(`auth.createFirstAdmin failed: ${JSON.stringify(created.body)}`);
  await setUpCenter(session);
  for (const role of ['manager', 'staff', 'viewer'] as const) await addAccount(session, people[role]);
  await signInApi(session, people.manager);
  await addPerson(session, { name: zh ? '张三丰' : 'Zhang Sanfeng', sex: 'male', birthDate: '1950-03-08' });
  await addPerson(session, { name: zh ? '李秀英' : 'Li Xiuying', sex: 'female', birthDate: '1948-06-01' });
  await signInApi(session, people.staff);
  await signInApi(session, admin);
  await signOutApi(session);
  return admin;
}

runScreenshots(async (suite) => {
  for (const locale of LOCALES) {
    const folder = {
      locale,
      viewport: VIEWPORT,
      parentName: 'township-care-auth-screenshots',
      signedOut: true,
    };
    const name = (page: string) =>
      path.join(SCREENSHOT_DIR, `${page}-${locale === 'zh-CN' ? 'zh-CN' : 'en'}.png`);

    await withFixedFolder(suite, folder, async (session) => {
      const { page } = session;
      const people = accounts(session.language);
      const admin = await prepare(session);
      await session.open();
      await visible(page.getByTestId('sign-in-recent'));
      await shoot(page, name('sign-in'));

      await signInOnPage(page, admin);
      await page.getByTestId('nav-users').click();
      await visible(page.getByTestId(`user-row-${people.viewer.username}`));
      await shoot(page, name('users'));

      await page.getByTestId('nav-audit').click();
      await visible(page.getByTestId('audit-chain-intact'));
      await visible(page.locator('[data-testid^="audit-row-"]').first());
      await shoot(page, name('audit'));
    });
  }
});
