/**
 * A person's photo: chosen on the person's page (read in the window, never
 * uploaded anywhere), checked by the main process, kept in the data folder,
 * shown on the page and in the printed record's photo box, and removable.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsText, gone, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import { addPerson, validIdNumber } from './people-helpers';

const e2e = useE2E();

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const photoFiles = async (dataDir: string) =>
  readdir(path.join(dataDir, 'photos')).catch(() => [] as string[]);

describe('person photo', () => {
  it('refuses a file that is not a photo, shows an uploaded PNG on the page and in print, and removes it', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const id = await addPerson(session, {
      name: '郑春花',
      sex: 'female',
      birthDate: '1946-03-03',
      idNumber: validIdNumber('1946-03-03', 22),
    });
    await session.open();
    const base = session.server().url.replace(/#.*$/, '');
    await page.goto(`${base}#/people/${id}`);
    const photo = page.getByTestId('person-photo');
    await visible(photo.getByTestId('person-photo-none'));
    const input = photo.locator('input[type="file"]');

    // Named like a photo, but the bytes are text: refused, nothing kept.
    await input.setInputFiles({
      name: '照片.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not really a picture'),
    });
    await containsText(page.getByTestId('person-photo-problem'), tr('zh-CN', 'errors:people.photo.notImage'));
    expect(await photoFiles(session.dataDir)).toEqual([]);

    await input.setInputFiles({ name: '一寸照.png', mimeType: 'image/png', buffer: PNG });
    const image = photo.locator('img');
    await visible(image);
    expect(await image.getAttribute('src')).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    // The browser decoded it: a real picture, not a broken-image icon.
    const decodedWidth = `(() => {
      const img = document.querySelector('[data-testid="person-photo"] img');
      return img && img.complete ? img.naturalWidth : 0;
    })()`;
    await expect.poll(() => page.evaluate(decodedWidth)).toBe(1);
    await gone(page.getByTestId('person-photo-problem'));
    const stored = await photoFiles(session.dataDir);
    expect(stored).toEqual([expect.stringMatching(new RegExp(`^${id}-[0-9a-f]{8}\\.png$`)) as unknown]);

    // The printed record shows it in the photo box.
    await page.goto(`${base}#/print/people/${id}`);
    await visible(page.locator('[data-testid="print-person"][data-ready="true"]'));
    expect(await page.getByTestId('print-photo').getAttribute('src')).toBe(
      `data:image/png;base64,${PNG.toString('base64')}`,
    );

    // Removing asks first; the file stays in the data folder.
    await page.goto(`${base}#/people/${id}`);
    await visible(photo.locator('img'));
    await page.getByTestId('person-photo-remove').click();
    await page.getByTestId('person-photo-remove-confirm').click();
    await visible(photo.getByTestId('person-photo-none'));
    expect(await photoFiles(session.dataDir)).toEqual(stored);
    const answer = await session.api('people.get', { id });
    expect((answer.body.value as { person: { photoFile?: string } }).person.photoFile).toBeUndefined();
  });
});
