/**
 * The end of the ability form, on screen and on paper: a digit on the last
 * item hands the keyboard to the result and the save button (not back up to
 * the reason for the assessment), and the printed form's last page carries the
 * last dimension together with the result and the signatures under it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABILITY_ITEMS } from '../../shared/domain/ability';
import { setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import { addPerson, itemId, openAbilityForm, pickAll, saveAbility, scoresWith } from './assessments-helpers';

const run = promisify(execFile);
const e2e = useE2E();
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'care-ability-end-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const squeeze = (text: string) => text.replace(/\s+/g, '');

async function pageTexts(file: string): Promise<string[]> {
  const { stdout: info } = await run('pdfinfo', [file]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0');
  const texts: string[] = [];
  for (let n = 1; n <= pages; n++) {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-']);
    texts.push(squeeze(stdout));
  }
  return texts;
}

describe('the end of the ability form', () => {
  it('a digit on the last item hands the keyboard to the result and the save button', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const person = await addPerson(session, {
      name: '张三丰',
      sex: 'male',
      birthDate: '1941-03-08',
      sequence: 11,
    });
    await session.open();
    await openAbilityForm(session, person.id);
    await pickAll(page);

    const last = ABILITY_ITEMS[ABILITY_ITEMS.length - 1];
    if (!last) throw new Error('no ability items');
    await page.getByTestId(`${itemId(last.code)}-option-${last.max}`).focus();
    await page.keyboard.press(String(last.max - 1));
    await expect
      .poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid') ?? null"))
      .toBe('ability-result');
    // The result is in view, and the next Tab reaches the save button.
    expect(await page.getByTestId('summary-total').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate("document.activeElement?.getAttribute('data-testid') ?? null")).toBe(
      'ability-submit',
    );
  });

  it('prints the last dimension on the same page as the result and the signatures', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const person = await addPerson(session, {
      name: '张三丰',
      sex: 'male',
      birthDate: '1941-03-08',
      sequence: 11,
      full: true,
    });
    const assessment = await saveAbility(session, person.id, scoresWith({ 'B.1.1': 0, 'B.4.5': 0 }));
    await session.open();
    await page.goto(
      `${session.server().url.split('#')[0]}#/print/people/${person.id}/assessments/${assessment.id}`,
    );
    await visible(page.locator('[data-testid="print-ability"][data-ready="true"]'));
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const file = path.join(workDir, 'ability.pdf');
    await page.pdf({ path: file, format: 'A4' });

    const pages = await pageTexts(file);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const lastPage = pages[pages.length - 1] ?? '';
    expect(lastPage).toContain(squeeze(tr('zh-CN', 'print:ability.resultTitle')));
    expect(lastPage).toContain('王秀兰');
    // The signatures sign the scores: the last dimension's items are on that page too.
    const lastItem = ABILITY_ITEMS[ABILITY_ITEMS.length - 1];
    if (!lastItem) throw new Error('no ability items');
    expect(lastPage).toContain(squeeze(tr('zh-CN', lastItem.labelKey)));
    expect(lastPage).toContain(squeeze(tr('zh-CN', 'domain:ability.dimension.perception')));
  });
});
