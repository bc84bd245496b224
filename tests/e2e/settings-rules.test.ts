/**
 * Settings: the center's villages, reassessment intervals and backup retention
 * are saved through the same schema the main process checks; a bad value sent
 * straight to the API is refused in the user's language and changes nothing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasText, openSuite, setUpCenter, startSession, tr, visible } from './harness';
import type { AppSession, Suite } from './harness';

let suite: Suite;
let session: AppSession | undefined;

beforeAll(async () => {
  suite = await openSuite();
});
afterAll(async () => {
  await suite.close();
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});

interface StoredSettings {
  villages: string[];
  reassessmentMonths: number;
  backupRetention: { keepLast: number };
}

async function storedSettings(session: AppSession): Promise<StoredSettings> {
  await session.readCore(); // core.json caught up with the log
  const core = JSON.parse(await readFile(path.join(session.dataDir, 'core.json'), 'utf8')) as {
    settings: StoredSettings;
  };
  return core.settings;
}

describe('settings: villages, reassessment and backups', () => {
  it('saves villages typed in one go and a new interval', async () => {
    session = await startSession(suite, { locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    await page.getByTestId('nav-settings').click();
    const card = await visible(page.getByTestId('settings-rules'));
    await hasText(card.locator('.ant-card-head-title'), tr('zh-CN', 'settings:rules.title'));

    await page.locator('#setting-villages').fill('青山村，柳塘村、青山村');
    await page.locator('#setting-villages').press('Enter');
    await page.locator('#setting-reassessmentMonths').fill('6');
    await page.locator('#setting-backupRetention-keepLast').fill('20');
    const before = await session.auditEntryCount();
    await page.getByTestId('settings-rules-save').click();
    await visible(page.getByText(tr('zh-CN', 'settings:rules.saved')));

    const saved = await storedSettings(session);
    expect(saved.villages).toEqual(['青山村', '柳塘村']);
    expect(saved.reassessmentMonths).toBe(6);
    expect(saved.backupRetention.keepLast).toBe(20);
    expect(await session.auditEntryCount()).toBe(before + 1);
  });

  it('refuses a bad value sent straight to the main process, in English, and stores nothing', async () => {
    session = await startSession(suite, { locale: 'en-US' });
    await setUpCenter(session);
    await session.open();
    const current = (await session.api('settings.get')).body.value as Record<string, unknown>;
    const { updatedAt: _updatedAt, ...input } = current;
    const before = await session.auditEntryCount();

    const answer = await session.api('settings.save', { ...input, reassessmentMonths: 0 });
    expect(answer.body.ok).toBe(false);
    const fields = answer.body.error?.fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path)).toEqual(['reassessmentMonths']);
    expect(fields[0]?.message).toMatch(/[A-Za-z]/);
    expect(fields[0]?.message).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await session.auditEntryCount()).toBe(before);
    expect((await storedSettings(session)).reassessmentMonths).toBe(12);
  });
});
