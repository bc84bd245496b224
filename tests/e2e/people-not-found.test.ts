/**
 * A record that cannot be found (a stale link, a record changed elsewhere) says
 * so and offers the ways back; it never asks to "refresh", which a desktop
 * window has no button for.
 */
import { describe, expect, it } from 'vitest';
import { hasText, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('not found', () => {
  it.each([
    ['zh-CN', /刷新/],
    ['en-US', /refresh/i],
  ] as const)('offers the way home or to the list, never a refresh (%s)', async (locale, refresh) => {
    const session = await e2e.start({ locale });
    const { page, language } = session;
    await setUpCenter(session);
    await session.open();
    const base = session.server().url.split('#')[0] ?? '';

    await page.goto(`${base}#/people/no-such-person-id`);
    const missing = await visible(page.getByTestId('person-not-found'));
    expect(await missing.innerText()).not.toMatch(refresh);
    await hasText(page.getByTestId('not-found-home'), tr(language, 'app:notFound.back'));

    // The assessment forms of a missing person say why, in words that fit a desktop app.
    await page.goto(`${base}#/people/no-such-person-id/assess/ability`);
    const failed = await visible(page.getByTestId('person-load-failed'));
    await hasText(failed.locator('.ant-result-subtitle'), tr(language, 'errors:people.notFound'));
    expect(await failed.innerText()).not.toMatch(refresh);

    await page.goto(`${base}#/people/no-such-person-id`);
    await page.getByTestId('not-found-home').click();
    await visible(page.getByTestId('home-center'));
  });
});
