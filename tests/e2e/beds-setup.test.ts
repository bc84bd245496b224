/**
 * The bed setup in Chromium: the bulk form creates the rooms its preview
 * announced, a second run over a room that exists is refused beside the
 * field with nothing created, and a bed closed for some days shows 停用 on the
 * board on those days only.
 */
import { describe, expect, it } from 'vitest';
import { containsText, hasText, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { call, dayFromToday, setUpBeds } from './beds-helpers';
import { expectReadable } from './axe';

const e2e = useE2E();

const roomCount = async (session: AppSession) =>
  (await call<{ rooms: unknown[] }>(session, 'beds.facility')).rooms.length;

async function fillNumber(session: AppSession, name: string, value: number) {
  const box = session.page.getByTestId(`setup-field-${name}`);
  await box.fill(String(value));
  await box.press('Tab');
}

describe('bed setup', () => {
  it('creates the rooms the preview shows and refuses a room that exists beside the field (en)', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    await page.goto(`${session.server().url.replace(/#\/$/, '')}#/beds/setup`);
    await visible(page.getByTestId('setup-form'));
    await page.getByTestId('setup-field-building').fill('Building A');
    await fillNumber(session, 'floor', 2);
    await fillNumber(session, 'firstRoom', 201);
    await fillNumber(session, 'lastRoom', 203);
    await fillNumber(session, 'bedsPerRoom', 2);
    const preview = tr('en', 'beds:setup.bulk.preview', {
      rooms: 3,
      beds: 6,
      first: '201-1',
      last: '203-2',
    });
    await hasText(page.getByTestId('setup-preview'), preview);
    expect(await roomCount(session)).toBe(0);

    await page.getByTestId('setup-submit').click();
    await visible(page.locator('[data-testid="setup-room"][data-room="203"]'));
    const rooms = page.getByTestId('setup-room');
    const shown: (string | null)[] = [];
    for (let i = 0; i < (await rooms.count()); i++) shown.push(await rooms.nth(i).getAttribute('data-room'));
    expect(shown).toEqual(['201', '202', '203']);
    expect(await page.getByTestId('setup-bed').count()).toBe(6);
    expect(await roomCount(session)).toBe(3);

    // 203 exists: the whole run is refused, the reason under the first room, nothing created.
    await fillNumber(session, 'firstRoom', 203);
    await fillNumber(session, 'lastRoom', 205);
    // Ctrl+S saves from the keyboard, as in every form.
    await page.getByTestId('setup-field-lastRoom').press('Control+s');
    const refusal = await visible(page.getByTestId('setup-field-firstRoom-error'));
    await containsText(refusal, '"203"');
    expect(await roomCount(session)).toBe(3);

    // The room dialog: a name another room of the building has is refused beside the name.
    await page.locator('[data-testid="setup-room"][data-room="201"]').getByTestId('setup-edit-room').click();
    await visible(page.getByTestId('room-form'));
    await page.getByTestId('room-field-name').fill('202');
    await page.getByTestId('room-field-name').press('Control+s');
    await containsText(await visible(page.getByTestId('room-field-name-error')), '"202"');
  });

  it('shows a closed bed as 停用 on the board on the closed days only (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await setUpBeds(session, 101, 101, 2, dayFromToday(-30));
    await session.open();
    await page.goto(`${session.server().url.replace(/#\/$/, '')}#/beds/setup`);
    const bedRow = page.locator('[data-testid="setup-bed"][data-bed="101-2"]');
    await bedRow.getByTestId('setup-close-bed').click();
    await visible(page.getByTestId('close-form'));
    // Closed from 6 days ago up to, not including, 2 days ago.
    await page.locator('#close-field-from').fill(dayFromToday(-6));
    await page.locator('#close-field-from').press('Tab');
    await page.locator('#close-field-to').fill(dayFromToday(-2));
    await page.locator('#close-field-to').press('Tab');
    await expectReadable(page, 'the close-bed dialog');
    await page.getByTestId('close-form-submit').click();
    await visible(bedRow.getByTestId('setup-bed-closure'));

    const board = async (offset: number) => {
      await page.goto(`${session.server().url.replace(/#\/$/, '')}#/beds?date=${dayFromToday(offset)}`);
      const card = page.locator('[data-testid="bed-card"][data-bed="101-2"]');
      await visible(page.locator(`[data-testid="bed-board"][data-date="${dayFromToday(offset)}"]`));
      return card.getAttribute('data-state');
    };
    expect(await board(-7)).toBe('free');
    expect(await board(-6)).toBe('closed');
    await containsText(
      page.locator('[data-bed="101-2"]').getByTestId('bed-closed'),
      tr('zh-CN', 'beds:board.closed'),
    );
    expect(await board(-3)).toBe('closed');
    expect(await board(-2)).toBe('free');
    expect(await board(0)).toBe('free');
    // The other bed of the room was never closed.
    await hasText(page.locator('[data-bed="101-1"]').getByTestId('bed-free'), tr('zh-CN', 'beds:board.free'));
  });
});
