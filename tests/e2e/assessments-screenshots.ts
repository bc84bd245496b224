/**
 * Pictures of the ability assessment form for the README, in Chinese and in
 * English, 1280×900: resources/screenshots/assessment-{zh,en}.png. A person
 * with dementia on record, the form filled the way a typical mildly impaired
 * elder scores, so the summary shows the dimension scores, the preliminary
 * level, the adjustment with its reason and the final level.
 * Run: `npx electron-vite build && npx tsx tests/e2e/assessments-screenshots.ts`.
 */
import path from 'node:path';
import { setUpCenter, startSession, visible } from './harness';
import type { SystemLocale } from './harness';
import { addPerson, openAbilityForm, pickAll } from './assessments-helpers';
import { SCREENSHOT_DIR, runScreenshots, shoot } from './screenshot-kit';

const VIEWPORT = { width: 1280, height: 900 };
const PICTURES: { locale: SystemLocale; file: string; name: string }[] = [
  { locale: 'zh-CN', file: 'assessment-zh.png', name: '李桂兰' },
  { locale: 'en-US', file: 'assessment-en.png', name: 'Li Guilan' },
];

runScreenshots(async (suite) => {
  for (const picture of PICTURES) {
    const session = await startSession(suite, { locale: picture.locale, viewport: VIEWPORT });
    try {
      await setUpCenter(session);
      const person = await addPerson(session, {
        name: picture.name,
        sex: 'female',
        birthDate: '1938-07-21',
        sequence: 22,
        dementia: true,
      });
      await session.open();
      await openAbilityForm(session, person.id);
      const { page } = session;
      await pickAll(page, {
        'B.1.3': 2,
        'B.1.6': 3,
        'B.2.3': 3,
        'B.2.4': 1,
        'B.3.4': 3,
        'B.4.4': 1,
        'B.4.2': 1,
      });
      await page.getByTestId('ability-item-B-1-2-option-4').focus();
      await page.evaluate('window.scrollTo(0, 0)');
      await visible(page.locator('[data-testid="summary-final"][data-level]'));
      await shoot(page, path.join(SCREENSHOT_DIR, picture.file));
    } finally {
      await session.close();
    }
  }
});
