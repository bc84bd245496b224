/**
 * The bed board in Chromium: a scripted history (admissions, a move and a
 * discharge on past days) read back on a past date picked in the date box and
 * on today; the date kept in the address across a reload; actions offered on
 * today's board to the administrator and never on a past day or to a viewer.
 */
import { describe, expect, it } from 'vitest';
import { containsText, gone, hasText, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { accounts, addAccount, signInOnPage, signOutApi } from './auth-helpers';
import { dayFromToday, scriptedHistory } from './beds-helpers';
import { addPerson, saveAbility, scoresWith } from './assessments-helpers';
import { admitThroughApi, setUpRooms, today } from './beds-stays-helpers';

const e2e = useE2E();

const card = (session: AppSession, label: string) =>
  session.page.locator(`[data-testid="bed-card"][data-bed="${label}"]`);

describe('bed board', () => {
  it('shows who lay where on a past date picked in the date box, and today the others (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await scriptedHistory(session);
    await session.open();
    // Home counts the bed records once there are beds; the numbers typed at setup (40 + 20) become the approved beds.
    await visible(page.locator('[data-testid="home-beds"][data-source="bed-records"]'));
    await containsText(page.getByTestId('home-beds-total'), '4');
    await containsText(page.getByTestId('home-beds-occupied'), '2');
    await containsText(page.getByTestId('home-beds-free'), '2');
    await containsText(page.getByTestId('home-beds-approved'), '60');
    await page.getByTestId('nav-beds').click();

    // Today: 李福生 in 101-1, 101-2 free since the move, 赵德明 in 102-1.
    await hasText(card(session, '101-1').getByTestId('bed-occupant'), '李福生');
    await hasText(card(session, '101-2').getByTestId('bed-free'), tr('zh-CN', 'beds:board.free'));
    await hasText(card(session, '102-1').getByTestId('bed-occupant'), '赵德明');
    await hasText(page.getByTestId('board-total-occupied').getByTestId('board-total-value'), '2');
    await visible(card(session, '101-2').getByTestId('bed-action-admit'));
    await visible(card(session, '101-1').getByTestId('bed-actions'));
    await gone(page.getByTestId('board-past-note'));
    // The actions menu is reached and used from the keyboard: Enter opens it with the focus inside, Enter chooses.
    const actions = card(session, '101-1').getByTestId('bed-actions');
    await actions.focus();
    await actions.press('Enter');
    await visible(page.getByTestId('bed-action-discharge'));
    await expect
      .poll(() => page.locator('.ant-dropdown-menu:focus, .ant-dropdown-menu :focus').count())
      .toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/beds\/residents\/[^/]+\/(move|leave)$/);
    await page.goBack();

    // Fifteen days ago: 王秀英 in 101-1, 赵德明 still in 101-2, 102-1 free.
    const past = dayFromToday(-15);
    await page.locator('#board-date').fill(past);
    await page.locator('#board-date').press('Enter');
    await visible(page.locator(`[data-testid="bed-board"][data-date="${past}"]`));
    await hasText(card(session, '101-1').getByTestId('bed-occupant'), '王秀英');
    await hasText(card(session, '101-2').getByTestId('bed-occupant'), '赵德明');
    await visible(card(session, '102-1').getByTestId('bed-free'));
    await visible(page.getByTestId('board-past-note'));
    // A past day is read, not changed.
    await gone(page.getByTestId('bed-actions'));
    await gone(page.getByTestId('bed-action-admit'));
    expect(page.url()).toContain(`date=${past}`);

    // The address keeps the day across a reload; the next day steps on.
    await page.reload();
    await hasText(card(session, '101-1').getByTestId('bed-occupant'), '王秀英');
    await page.getByTestId('board-next-day').click();
    await visible(page.locator(`[data-testid="bed-board"][data-date="${dayFromToday(-14)}"]`));

    // The occupant's name leads to the elder's page; today's button back to today.
    await page.getByTestId('board-today').click();
    await visible(page.locator(`[data-testid="bed-board"][data-date="${dayFromToday(0)}"]`));
    await hasText(card(session, '101-1').getByTestId('bed-occupant'), '李福生');
    await card(session, '101-1').getByTestId('bed-occupant').click();
    await hasText(page.getByTestId('person-name'), '李福生');
  });

  it('lists who lay in a bed, oldest first, from the bed card (en)', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    await scriptedHistory(session);
    await session.open();
    await page.getByTestId('nav-beds').click();
    await card(session, '101-1').getByTestId('bed-history-link').click();
    await visible(page.getByTestId('bed-history'));
    expect(await page.getByTestId('bed-history-name').allInnerTexts()).toEqual(['王秀英', '李福生']);
  });

  it('offers a viewer no action on any bed (en)', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    await scriptedHistory(session);
    const viewer = accounts('en').viewer;
    await addAccount(session, viewer);
    await signOutApi(session);
    await session.open();
    await signInOnPage(page, viewer);
    await page.getByTestId('nav-beds').click();
    await hasText(card(session, '101-1').getByTestId('bed-occupant'), '李福生');
    await visible(card(session, '101-2').getByTestId('bed-free'));
    await gone(page.getByTestId('bed-actions'));
    await gone(page.getByTestId('bed-action-admit'));
    await gone(page.getByTestId('board-setup'));
  });

  it('says there are no beds yet and leads the administrator to the setup (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    await page.getByTestId('nav-beds').click();
    await visible(page.getByTestId('board-empty'));
    await page.getByTestId('board-empty-setup').click();
    await visible(page.getByTestId('setup-form'));
  });

  it("writes a resident's high risks as a list of the language (en)", async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    const beds = await setUpRooms(session);
    const { id } = await addPerson(session, {
      name: '王秀英',
      sex: 'female',
      sequence: 2,
      birthDate: '1940-02-03',
      full: true,
    });
    await saveAbility(session, id, scoresWith({ 'B.1.1': 0 }), today());
    const grades: Record<string, boolean> = { fall: true, choking: true, wandering: true };
    const risk = await session.api('assessments.saveRisk', {
      personId: id,
      date: today(),
      reason: 'admission',
      assessor: '王秀兰',
      risks: Object.fromEntries(
        [
          'choking',
          'wrongIngestion',
          'pressureSore',
          'scald',
          'fallFromBed',
          'fall',
          'wandering',
          'harm',
          'activityAccident',
        ].map((code) => [code, grades[code] ? { grade: 'high', measures: '专人看护' } : { grade: 'none' }]),
      ),
      notes: '',
    });
    expect(risk.body).toMatchObject({ ok: true });
    await admitThroughApi(session, id, beds.byLabel['101-1']!);
    await session.open();
    await page.getByTestId('nav-beds').click();
    const risks = ['choking', 'fall', 'wandering'].map((code) => tr('en', `domain:risk.${code}`));
    // "Choking, Fall, Wandering": commas as English writes a list, never the Chinese 、.
    const text = await card(session, '101-1').getByTestId('bed-risks').innerText();
    expect(text).not.toContain('、');
    for (const label of risks) expect(text).toContain(label);
    expect(text).toContain(`${risks[0]}, `);
  });
});
