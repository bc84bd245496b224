/**
 * Who may do what on an incident: a carer records the family notification but
 * neither writes the review nor closes; a viewer reads the incident and its
 * report without a button that changes it.
 */
import { describe, expect, it } from 'vitest';
import { gone, visible } from './harness';
import { accounts, addAccount, signInOnPage, signOutApi } from './auth-helpers';
import { daysAgo, goTo } from './beds-stays-helpers';
import { reportFall, residentElder } from './incidents-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('incident roles', () => {
  it('lets a carer notify the family but not review or close, and a viewer only read', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    const people = accounts('zh-CN');
    const personId = await residentElder(session);
    const located = await reportFall(session, personId, daysAgo(1));
    await addAccount(session, people.staff);
    await addAccount(session, people.viewer);
    await signOutApi(session);
    await session.open();
    const address = `/incidents/${located.id}?date=${located.date}`;

    await signInOnPage(page, people.staff);
    await goTo(session, address);
    await visible(page.getByTestId('incident-notify-family'));
    await visible(page.getByTestId('incident-edit'));
    await visible(page.getByTestId('incident-review-missing'));
    await gone(page.getByTestId('incident-review'));
    await gone(page.getByTestId('incident-close'));
    const refused = await session.api('incidents.close', located);
    expect(refused.body.ok).toBe(false);
    await signOutApi(session);

    await session.open();
    await signInOnPage(page, people.viewer);
    await goTo(session, address);
    await visible(page.getByTestId('incident-facts'));
    await visible(page.getByTestId('incident-print'));
    for (const button of ['incident-notify-family', 'incident-edit', 'incident-review', 'incident-close'])
      await gone(page.getByTestId(button));
    await goTo(session, '/incidents');
    await visible(page.getByTestId('incident-row'));
    await gone(page.getByTestId('incidents-report'));
  });
});
