/**
 * An incident through the screens: a fall reported from the elder's page by
 * keyboard and Ctrl+S, the second fall within 30 days putting the elder on
 * the reassessment list; closing refused until the family was notified and
 * the review written (the button says why); then notified, reviewed, closed
 * after confirming, and read-only from then on; a refusal of the core when
 * closing (closed meanwhile elsewhere) is shown beside the button.
 */
import { describe, expect, it } from 'vitest';
import { containsText, gone, tr, visible } from './harness';
import { daysAgo, goTo, typeDate } from './beds-stays-helpers';
import { ELDER, dueReasons, reportFall, residentElder } from './incidents-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();
const FALLS_REASON = 'people.reassessment.incidents';

describe('an incident from report to closing', () => {
  it('reports a second fall, lists the elder for reassessment, and closes only after notification and review', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const lang = session.language;
    const personId = await residentElder(session);
    await reportFall(session, personId, daysAgo(10));
    expect(await dueReasons(session, personId)).not.toContain(FALLS_REASON);
    await session.open();
    const { page } = session;

    // From the elder's page: the form opens with the elder filled in.
    await goTo(session, `/people/${personId}`);
    await (await visible(page.getByTestId('person-report-incident'))).click();
    await visible(page.getByTestId('incident-form'));
    await containsText(page.getByTestId('incident-field-personIds'), ELDER);
    // The kind first, as on the paper form: typed and taken with Enter.
    const kind = page.locator('#incident-field-category');
    await kind.focus();
    await kind.fill(tr(lang, 'domain:incident.fall'));
    await visible(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active'));
    await kind.press('Enter');
    await containsText(page.getByTestId('incident-field-category'), tr(lang, 'domain:incident.fall'));
    // Yesterday morning: the browser's clock runs in Beijing time, the preview's core in UTC.
    await typeDate(page, 'incident-field-date', daysAgo(1));
    await page.getByTestId('incident-field-occurredTime').fill('08:15');
    await page.getByTestId('incident-field-place').fill('203室卫生间');
    await page.getByTestId('incident-field-description').fill('夜班巡视时发现老人坐在卫生间地上');
    await page.getByTestId('incident-field-actionTaken').fill('扶起，测血压正常，左膝擦伤已处理');
    await page.keyboard.press('Control+s');

    await visible(page.getByTestId('incident-page'));
    await containsText(page.getByTestId('incident-kind'), tr(lang, 'domain:incident.fall'));
    await containsText(page.getByTestId('incident-elders'), ELDER);

    // The second fall within 30 days: the elder is on the reassessment list, in the core and on its page.
    expect(await dueReasons(session, personId)).toContain(FALLS_REASON);
    await goTo(session, '/assessments/due');
    const row = page.locator(`[data-testid="due-row"][data-person-id="${personId}"]`);
    await containsText(row, tr(lang, `errors:${FALLS_REASON}`));
    await page.goBack();

    // Closing before the family was told: the button is disabled and says why; the core refuses too.
    await visible(page.getByTestId('incident-page'));
    const close = page.getByTestId('incident-close');
    expect(await close.isDisabled()).toBe(true);
    await containsText(
      page.getByTestId('incident-close-reason'),
      tr(lang, 'incidents:detail.close.whyNotNotified'),
    );
    const url = new URL(new URL(page.url()).hash.slice(1), 'http://app');
    const located = { id: url.pathname.split('/').at(-1) ?? '', date: url.searchParams.get('date') ?? '' };
    const refused = await session.api('incidents.close', located);
    expect(refused.body.error?.code).toBe('incidents.familyNotNotified');

    // Family notified: when (now), how (phone), by whom (the signed-in user), what was said.
    await page.getByTestId('incident-notify-family').click();
    await visible(page.getByTestId('family-form'));
    await page.getByTestId('family-field-notes').fill('电话告知儿子王建军，家属表示理解');
    await page.getByTestId('family-form-submit').click();
    await containsText(page.getByTestId('incident-family-channel'), tr(lang, 'domain:notifyChannel.phone'));
    await containsText(page.getByTestId('incident-family'), '王建军');
    await containsText(
      page.getByTestId('incident-close-reason'),
      tr(lang, 'incidents:detail.close.whyNotReviewed'),
    );

    // Review and corrective action.
    await page.getByTestId('incident-review').click();
    await visible(page.getByTestId('review-form'));
    await page.getByTestId('review-field-text').fill('夜间卫生间地面湿滑，老人起夜未呼叫');
    await page.getByTestId('review-field-correctiveAction').fill('卫生间加防滑垫，夜班每两小时巡视一次');
    await page.getByTestId('review-form-submit').click();
    await containsText(page.getByTestId('incident-review-card'), '防滑垫');
    await gone(page.getByTestId('incident-close-reason'));

    // Closing asks first; then the incident is read-only.
    await close.click();
    await (await visible(page.getByTestId('incident-close-confirm'))).click();
    await visible(page.getByTestId('incident-closed-by'));
    await visible(page.getByTestId('incident-read-only'));
    await gone(page.getByTestId('incident-edit'));
    await gone(page.getByTestId('incident-notify-family'));
    await gone(page.getByTestId('incident-review'));

    // The list shows it closed, the earlier fall open and missing both.
    await goTo(session, '/incidents');
    await visible(page.getByTestId('incident-state-closed'));
    await visible(page.getByTestId('incident-state-not-notified'));
    const stored = await session.api('incidents.get', located);
    expect((stored.body.value as { open: boolean }).open).toBe(false);
  });

  it('shows the core’s refusal beside the close button when closing fails', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const lang = session.language;
    const personId = await residentElder(session);
    const located = await reportFall(session, personId, daysAgo(1));
    const told = await session.api('incidents.notifyFamily', {
      ...located,
      at: new Date().toISOString(),
      channel: 'inPerson',
      by: 'Li Hua',
    });
    expect(told.body.ok).toBe(true);
    const reviewed = await session.api('incidents.review', {
      ...located,
      text: 'Wet floor at night',
      correctiveAction: 'Non-slip mat',
    });
    expect(reviewed.body.ok).toBe(true);
    await session.open();
    const { page } = session;
    await goTo(session, `/incidents/${located.id}?date=${located.date}`);
    const close = await visible(page.getByTestId('incident-close'));
    await gone(page.getByTestId('incident-close-reason'));
    // Someone else closes it meanwhile: this screen still offers closing, and the core refuses.
    expect((await session.api('incidents.close', located)).body.ok).toBe(true);
    await close.click();
    await (await visible(page.getByTestId('incident-close-confirm'))).click();
    await containsText(page.getByTestId('incident-close-problem'), tr(lang, 'errors:incidents.closed'));
  });
});
