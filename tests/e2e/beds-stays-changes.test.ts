/**
 * A resident's changes in Chromium, each from the elder's page: a bed move,
 * leave out and back, 病危 marked and ended, and a discharge after a
 * confirmation, after which the bed is free from the day of departure and
 * the belongings list is offered for printing.
 */
import { describe, expect, it } from 'vitest';
import { chooseOption, containsText, tr, visible } from './harness';
import type { AppSession } from './harness';
import {
  addAssessedElder,
  admitThroughApi,
  daysAgo,
  freeBedIds,
  goTo,
  setUpRooms,
  today,
  typeDate,
} from './beds-stays-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

interface Residence {
  stays: {
    stay: { dischargedOn: string | null; dischargeReason: string | null; belongings?: unknown[] };
    beds: { bedId: string; from: string; to: string | null; moveReason?: string }[];
    leaves: {
      kind: string;
      from: string;
      returnedAt: string | null;
      mealStop: boolean;
      companion?: string;
    }[];
  }[];
  critical: { from: string; to: string | null }[];
}
async function residence(session: AppSession, personId: string): Promise<Residence> {
  return (await session.api('beds.personHistory', { personId })).body.value as Residence;
}

describe('a resident’s changes', () => {
  it('moves bed, goes on leave and comes back, is marked critical (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    const beds = await setUpRooms(session);
    const elder = await addAssessedElder(session, { name: '刘福海', sex: 'male', sequence: 41 });
    await admitThroughApi(session, elder, beds.byLabel['101-1'] ?? '', daysAgo(20));
    await session.open();
    await goTo(session, `/people/${elder}`);
    await containsText(await visible(page.getByTestId('residence-bed')), '101-1');

    // 转床
    await page.getByTestId('residence-move').click();
    await containsText(await visible(page.getByTestId('move-current-bed')), '101-1');
    await typeDate(page, 'stay-field-on', daysAgo(3));
    await chooseOption(page, 'stay-field-bedId', '102-1');
    await page.getByTestId('stay-field-reason').fill('靠近护士站');
    await page.getByTestId('stay-field-reason').press('Enter');
    await page.getByTestId('stay-field-reason').press('Control+s');
    await containsText(await visible(page.getByTestId('residence-bed')), '102-1');
    const moved = await residence(session, elder);
    expect(moved.stays[0]?.beds.map((b) => [b.bedId, b.from, b.to])).toEqual([
      [beds.byLabel['101-1'], daysAgo(20), daysAgo(3)],
      [beds.byLabel['102-1'], daysAgo(3), null],
    ]);
    expect(await freeBedIds(session, daysAgo(3))).toContain(beds.byLabel['101-1']);

    // 住院 out, then back
    await page.getByTestId('residence-leave').click();
    await visible(page.getByTestId('leave-form'));
    await chooseOption(page, 'stay-field-kind', tr('zh-CN', 'beds:stays.code.leaveKind.hospital'));
    await typeDate(page, 'stay-field-from', daysAgo(2));
    await typeDate(page, 'stay-field-expectedReturn', daysAgo(1));
    await page.getByTestId('stay-field-destination').fill('县人民医院');
    await page.getByTestId('stay-field-companion').fill('刘建军');
    await page.getByTestId('stay-field-companionPhone').fill('13812345678');
    await page.getByTestId('leave-submit').click();
    await visible(page.getByTestId('residence-away'));
    // Expected back yesterday and not back: overdue.
    await containsText(
      page.getByTestId('residence-away'),
      tr('zh-CN', 'beds:stays.card.overdue', { date: '' }).slice(0, 4),
    );
    const away = await residence(session, elder);
    expect(away.stays[0]?.leaves).toMatchObject([
      { kind: 'hospital', from: daysAgo(2), returnedAt: null, mealStop: true, companion: '刘建军' },
    ]);

    await page.getByTestId('residence-back').click();
    await visible(page.getByTestId('leave-back-form'));
    // Not before the day out.
    await typeDate(page, 'stay-field-returnedAt', daysAgo(5));
    await page.getByTestId('leave-back-submit').click();
    await visible(page.getByTestId('stay-field-returnedAt-error'));
    await typeDate(page, 'stay-field-returnedAt', today());
    await page.getByTestId('leave-back-submit').click();
    await visible(page.getByTestId('residence-in-house'));
    expect((await residence(session, elder)).stays[0]?.leaves[0]?.returnedAt).toBe(today());

    // 病危 from yesterday, then ended today
    await page.getByTestId('residence-critical').click();
    await typeDate(page, 'stay-field-from', daysAgo(1));
    await page.getByTestId('critical-submit').click();
    await visible(page.getByTestId('residence-critical-tag'));
    await page.getByTestId('residence-critical').click();
    await visible(page.getByTestId('critical-end-form'));
    await page.getByTestId('critical-submit').click();
    await visible(page.getByTestId('residence-card'));
    await expect
      .poll(async () => (await residence(session, elder)).critical)
      .toEqual([expect.objectContaining({ from: daysAgo(1), to: today() })]);
  });

  it('discharges after confirming, frees the bed from that day and offers the belongings list (en)', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    const beds = await setUpRooms(session);
    const elder = await addAssessedElder(session, { name: '陈桂兰', sex: 'female', sequence: 42 });
    const bed = beds.byLabel['101-2'] ?? '';
    await admitThroughApi(session, elder, bed, daysAgo(30));
    expect(await freeBedIds(session, daysAgo(1))).not.toContain(bed);
    await session.open();
    await goTo(session, `/people/${elder}`);
    await page.getByTestId('residence-discharge').click();
    await visible(page.getByTestId('discharge-form'));
    await chooseOption(page, 'stay-field-reason', tr('en', 'beds:stays.code.dischargeReason.returnedHome'));
    await typeDate(page, 'stay-field-on', daysAgo(1));
    await page.getByTestId('stay-field-destination').fill('Home, East Village 12');
    // Belongings typed without the mouse: Alt+Enter adds the next row.
    await page.getByTestId('belongings-add').click();
    await page.locator('#stay-field-belongings-0-item').fill('Quilt');
    await page.locator('#stay-field-belongings-0-quantity').fill('2');
    await page.locator('#stay-field-belongings-0-notes').fill('washed');
    await page.locator('#stay-field-belongings-0-notes').press('Alt+Enter');
    await page.locator('#stay-field-belongings-1-item').fill('Radio');
    await page.locator('#stay-field-belongings-1-item').press('Control+s');
    await visible(page.getByTestId('discharge-confirm'));
    // Nothing is saved before the confirmation.
    expect((await residence(session, elder)).stays[0]?.stay.dischargedOn).toBeNull();
    await page.getByTestId('discharge-confirm-ok').click();
    await visible(page.getByTestId('discharge-done'));
    const after = await residence(session, elder);
    expect(after.stays[0]?.stay).toMatchObject({
      dischargedOn: daysAgo(1),
      dischargeReason: 'returnedHome',
      belongings: [
        { item: 'Quilt', quantity: 2, notes: 'washed' },
        { item: 'Radio', quantity: 1 },
      ],
    });
    // The bed is free from the day of departure, not before.
    expect(await freeBedIds(session, daysAgo(1))).toContain(bed);
    expect(await freeBedIds(session, daysAgo(2))).not.toContain(bed);

    await page.getByTestId('discharge-print-belongings').click();
    const sheet = await visible(page.locator('[data-testid="print-belongings"][data-ready="true"]'));
    await containsText(sheet, '陈桂兰');
    await containsText(sheet, 'Quilt');
    await containsText(sheet, tr('en', 'beds:stayPrint.signatures.receivedBy'));
  });
});
