/**
 * Admission in Chromium: the bed picker offers only the beds free on the
 * chosen day (and drops a chosen bed that is not free on a new day); an
 * admission typed through the form lands on the elder's page with the stay;
 * a bed taken by somebody else meanwhile is refused beside the bed field,
 * naming that person and the day.
 */
import { describe, expect, it } from 'vitest';
import { containsText, hasText, tr, visible } from './harness';
import { chooseOption } from './harness';
import {
  addAssessedElder,
  admitThroughApi,
  daysAgo,
  goTo,
  offeredBeds,
  setUpRooms,
  today,
  typeDate,
} from './beds-stays-helpers';
import { addPerson } from './assessments-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('admission', () => {
  it('offers only free beds and admits through the form (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    const beds = await setUpRooms(session);
    const earlier = await addAssessedElder(session, { name: '王大山', sex: 'male', sequence: 21 });
    const now = await addAssessedElder(session, { name: '周明德', sex: 'male', sequence: 25 });
    const elder = await addAssessedElder(session, { name: '李长青', sex: 'male', sequence: 23 });
    // 101-1 was held from ten to five days ago; 102-2 is held from today on.
    await admitThroughApi(session, earlier, beds.byLabel['101-1'] ?? '', daysAgo(10));
    const left = await session.api('beds.discharge', {
      personId: earlier,
      on: daysAgo(5),
      reason: 'returnedHome',
    });
    expect(left.body.ok).toBe(true);
    await admitThroughApi(session, now, beds.byLabel['102-2'] ?? '');
    await session.open();
    await goTo(session, `/beds/admit?personId=${elder}`);
    await hasText(await visible(page.getByTestId('admit-person-name')), '李长青');

    const startsWith = (list: string[], label: string) => list.some((o) => o.startsWith(label));
    const offered = await offeredBeds(page);
    expect(startsWith(offered, '102-2')).toBe(false);
    for (const label of ['101-1', '101-2', '102-1']) expect(startsWith(offered, label)).toBe(true);
    // A bed chosen for today is dropped, with a note, when the day moves back to when it was held.
    await chooseOption(page, 'stay-field-bedId', '101-1');
    await typeDate(page, 'stay-field-admittedOn', daysAgo(11));
    await containsText(await visible(page.getByTestId('bed-picker-cleared')), '101-1');
    await expect.poll(async () => startsWith(await offeredBeds(page), '101-1')).toBe(false);
    expect(startsWith(await offeredBeds(page), '101-2')).toBe(true);
    await typeDate(page, 'stay-field-admittedOn', today());

    await chooseOption(page, 'stay-field-bedId', '102-1');
    await page.getByTestId('stay-field-contractNumber').fill('HT-2026-031');
    await typeDate(page, 'stay-field-contractTerm-from', today());
    await typeDate(page, 'stay-field-contractTerm-to', '2027-12-31');
    await chooseOption(page, 'stay-field-source', tr('zh-CN', 'beds:stays.code.source.hospital'));
    await chooseOption(page, 'stay-field-funding', tr('zh-CN', 'beds:stays.code.funding.selfPaying'));
    await containsText(page.getByTestId('admit-contact').first(), '李建国');
    await visible(page.locator('[data-testid="admit-ability-age"][data-fresh="true"]'));
    // Enter never saves; the tick is required before Ctrl+S does.
    await page.getByTestId('stay-field-contractNumber').press('Enter');
    await page.getByTestId('stay-field-contractNumber').press('Control+s');
    await containsText(
      await visible(page.getByTestId('stay-field-emergencyContactConfirmed-error')),
      tr('zh-CN', 'errors:beds.emergencyContactUnconfirmed'),
    );
    expect((await session.api('beds.personHistory', { personId: elder })).body.value).toMatchObject({
      stays: [],
    });
    await page.getByTestId('stay-field-emergencyContactConfirmed').click();
    await page.getByTestId('stay-field-notes').press('Control+s');

    await visible(page.getByTestId('person-page'));
    await visible(page.getByTestId('admit-saved'));
    await containsText(await visible(page.getByTestId('residence-bed')), '102-1');
    const history = (await session.api('beds.personHistory', { personId: elder })).body.value as {
      stays: { stay: { contractNumber: string; source: string; funding: string; contractTerm: unknown } }[];
    };
    expect(history.stays).toHaveLength(1);
    expect(history.stays[0]?.stay).toMatchObject({
      contractNumber: 'HT-2026-031',
      source: 'hospital',
      funding: 'selfPaying',
      contractTerm: { from: today(), to: '2027-12-31' },
    });
  });

  it('shows a double booking made meanwhile beside the bed, naming the other elder and day (en)', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    const beds = await setUpRooms(session);
    const elder = await addAssessedElder(session, { name: '赵春梅', sex: 'female', sequence: 32 });
    const rival = await addAssessedElder(session, { name: '孙秋菊', sex: 'female', sequence: 34 });
    await session.open();
    await goTo(session, `/beds/admit?personId=${elder}`);
    await visible(page.getByTestId('admit-person-name'));
    await chooseOption(page, 'stay-field-bedId', '102-2');
    await page.getByTestId('stay-field-contractNumber').fill('HT-9');
    await chooseOption(page, 'stay-field-source', tr('en', 'beds:stays.code.source.home'));
    await chooseOption(page, 'stay-field-funding', tr('en', 'beds:stays.code.funding.selfPaying'));
    await page.getByTestId('stay-field-emergencyContactConfirmed').click();
    // Somebody else takes the bed at another desk before this form is saved.
    await admitThroughApi(session, rival, beds.byLabel['102-2'] ?? '');
    await page.getByTestId('admit-submit').click();
    const bedError = page.getByTestId('stay-field-bedId-error');
    await containsText(await visible(bedError), '孙秋菊');
    await containsText(bedError, today());
    // Said once, beside the bed: not repeated in a notification over the form.
    expect(await page.locator('.ant-notification-notice').count()).toBe(0);
    expect((await session.api('beds.personHistory', { personId: elder })).body.value).toMatchObject({
      stays: [],
    });
  });

  it('finds the elder by name and asks a manager’s reason when assessments are missing (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpRooms(session);
    const { id: elder } = await addPerson(session, {
      name: '黄永福',
      sex: 'male',
      birthDate: '1940-02-03',
      sequence: 61,
      full: true,
    });
    await session.open();
    await goTo(session, '/beds/admit');
    await page.getByTestId('stay-field-personId').click();
    await page.keyboard.type('黄永福');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '黄永福' }).click();
    await visible(page.getByTestId('admit-needs-override'));
    await visible(page.locator('[data-testid="admit-ability-age"][data-fresh="false"]'));
    await chooseOption(page, 'stay-field-bedId', '101-2');
    await page.getByTestId('stay-field-contractNumber').fill('HT-7');
    await chooseOption(page, 'stay-field-source', tr('zh-CN', 'beds:stays.code.source.home'));
    await chooseOption(page, 'stay-field-funding', tr('zh-CN', 'beds:stays.code.funding.selfPaying'));
    await page.getByTestId('stay-field-emergencyContactConfirmed').click();
    await page.getByTestId('admit-submit').click();
    await visible(page.getByTestId('stay-field-overrideReason-error'));
    expect((await session.api('beds.personHistory', { personId: elder })).body.value).toMatchObject({
      stays: [],
    });

    await page.getByTestId('stay-field-overrideReason').fill('家属外出务工，先入住后补评估');
    await page.getByTestId('admit-submit').click();
    await visible(page.getByTestId('person-page'));
    const history = (await session.api('beds.personHistory', { personId: elder })).body.value as {
      stays: { stay: { assessmentOverride?: { reason: string } } }[];
    };
    expect(history.stays[0]?.stay.assessmentOverride?.reason).toBe('家属外出务工，先入住后补评估');
    // The message offers the admission record, which shows the override with its reason.
    await page.getByTestId('admit-print-link').click();
    await containsText(await visible(page.getByTestId('print-override')), '家属外出务工');
  });
});
