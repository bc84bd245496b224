import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashTree } from '../ipc/helpers';
import { openTestApp, personInput } from './helpers';
import type { TestApp } from './helpers';

/** Starts like a JPEG (start-of-image marker, JFIF segment); the rest does not matter to the check. */
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0 tiny test jpeg'),
]);
/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');

interface AuditEntry {
  action: string;
  summary?: string;
  changes: unknown;
}

async function auditEntries(dir: string): Promise<AuditEntry[]> {
  const folder = path.join(dir, 'audit');
  const out: AuditEntry[] = [];
  for (const name of (await fs.readdir(folder)).sort()) {
    const text = await fs.readFile(path.join(folder, name), 'utf8');
    for (const line of text.split('\n')) if (line.trim() !== '') out.push(JSON.parse(line) as AuditEntry);
  }
  return out;
}

const photoNames = async (dir: string) =>
  (await fs.readdir(path.join(dir, 'photos')).catch(() => [] as string[])).sort();

describe('people.setPhoto / clearPhoto / photo', () => {
  let app: TestApp;
  let id: string;
  beforeEach(async () => {
    app = await openTestApp();
    id = (await app.ok('people.create', personInput('张三丰'))).id;
  });
  afterEach(async () => {
    await app.close();
  });

  it('stores a JPEG in the data folder, points the person at it and reads it back', async () => {
    const person = await app.ok('people.setPhoto', {
      id,
      fileName: 'zhang.jpg',
      base64: JPEG.toString('base64'),
    });
    expect(person.photoFile).toMatch(new RegExp(`^${id}-[0-9a-f]{8}\\.jpg$`));
    expect(await photoNames(app.dir)).toEqual([person.photoFile]);
    expect(await fs.readFile(path.join(app.dir, 'photos', person.photoFile ?? ''))).toEqual(JPEG);
    expect((await app.ok('people.get', { id })).person.photoFile).toBe(person.photoFile);
    expect(await app.ok('people.photo', { id })).toEqual({
      dataUrl: `data:image/jpeg;base64,${JPEG.toString('base64')}`,
    });

    const entry = (await auditEntries(app.dir)).at(-1);
    expect(entry).toMatchObject({ action: 'people.setPhoto', summary: '张三丰: zhang.jpg' });
    expect(JSON.stringify(entry?.changes)).toContain(person.photoFile);
  });

  it('takes a PNG by its bytes whatever its name; a new photo keeps the old file', async () => {
    const first = await app.ok('people.setPhoto', { id, fileName: 'a.jpg', base64: JPEG.toString('base64') });
    const second = await app.ok('people.setPhoto', {
      id,
      fileName: 'photo.JPG',
      base64: PNG.toString('base64'),
    });
    expect(second.photoFile).toMatch(/\.png$/);
    expect(await photoNames(app.dir)).toEqual([first.photoFile, second.photoFile].sort());
    expect((await app.ok('people.photo', { id }))?.dataUrl).toBe(
      `data:image/png;base64,${PNG.toString('base64')}`,
    );
  });

  it('refuses a file that is not a JPEG or PNG, whatever its name, writing nothing', async () => {
    const before = await hashTree(app.dir);
    for (const bytes of [GIF, Buffer.from('%PDF-1.4 not a photo'), Buffer.from([0xff, 0xd8])]) {
      const result = await app.call('people.setPhoto', {
        id,
        fileName: 'photo.jpg',
        base64: bytes.toString('base64'),
      });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('people.photo.notImage');
        expect(result.error.message).toContain('JPG 或 PNG');
      }
    }
    expect(await hashTree(app.dir)).toEqual(before);
    expect(await app.ok('people.photo', { id })).toBeNull();
  });

  it('refuses a photo over 2 MB, in the user language, writing nothing', async () => {
    await app.setLanguage('en');
    const before = await hashTree(app.dir);
    const big = Buffer.concat([JPEG, Buffer.alloc(2 * 1024 * 1024 + 1 - JPEG.length)]);
    const result = await app.call('people.setPhoto', {
      id,
      fileName: 'big.jpg',
      base64: big.toString('base64'),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('people.photo.tooLarge');
      expect(result.error.message).toContain('at most 2 MB');
    }
    // Exactly 2 MB is still accepted.
    const fits = big.subarray(0, 2 * 1024 * 1024);
    expect(await hashTree(app.dir)).toEqual(before);
    expect(
      (await app.ok('people.setPhoto', { id, fileName: 'fits.jpg', base64: fits.toString('base64') }))
        .photoFile,
    ).toMatch(/\.jpg$/);
  });

  it('refuses a photo for someone not on file', async () => {
    const result = await app.call('people.setPhoto', {
      id: 'no-such-person',
      fileName: 'a.png',
      base64: PNG.toString('base64'),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('people.notFound');
    expect(await photoNames(app.dir)).toEqual([]);
  });

  it('clearPhoto takes the photo off the record (audited) and keeps the file', async () => {
    const withPhoto = await app.ok('people.setPhoto', {
      id,
      fileName: 'a.png',
      base64: PNG.toString('base64'),
    });
    const cleared = await app.ok('people.clearPhoto', { id });
    expect(cleared.photoFile).toBeUndefined();
    expect(await app.ok('people.photo', { id })).toBeNull();
    expect(await photoNames(app.dir)).toEqual([withPhoto.photoFile]);
    expect((await auditEntries(app.dir)).at(-1)).toMatchObject({
      action: 'people.clearPhoto',
      summary: '张三丰',
    });
  });

  it('saving the person form neither drops the photo nor lets the form name a file', async () => {
    const withPhoto = await app.ok('people.setPhoto', {
      id,
      fileName: 'a.png',
      base64: PNG.toString('base64'),
    });
    const updated = await app.ok('people.update', {
      id,
      person: { ...personInput('张三丰'), phone: '13800001111', photoFile: '../core.json' },
    });
    expect(updated.photoFile).toBe(withPhoto.photoFile);
    const other = await app.ok('people.create', {
      ...personInput('李四', '19500101', '013'),
      photoFile: '../core.json',
    });
    expect(other.photoFile).toBeUndefined();
  });

  it('backs photos up and restores them with the data', async () => {
    const withPhoto = await app.ok('people.setPhoto', {
      id,
      fileName: 'a.png',
      base64: PNG.toString('base64'),
    });
    const backup = await app.ok('backups.create', undefined);
    // The photo is lost from the folder, and the record changed afterwards.
    await fs.rm(path.join(app.dir, 'photos'), { recursive: true });
    await app.ok('people.clearPhoto', { id });
    await app.ok('backups.restore', { file: backup.file });
    expect((await app.ok('people.get', { id })).person.photoFile).toBe(withPhoto.photoFile);
    expect(await fs.readFile(path.join(app.dir, 'photos', withPhoto.photoFile ?? ''))).toEqual(PNG);
    expect((await app.ok('people.photo', { id }))?.dataUrl).toBe(
      `data:image/png;base64,${PNG.toString('base64')}`,
    );
  });

  it('refuses to restore a backup of the first format whose photo is not an image or not marked base64', async () => {
    await app.ok('people.setPhoto', { id, fileName: 'a.png', base64: PNG.toString('base64') });
    // A backup as the first format wrote them: one gzipped JSON string, photos in base64.
    const paths = (await fs.readdir(app.dir, { recursive: true })).filter((p) =>
      /^(core\.json|audit[\\/].+\.jsonl|records[\\/].+\.json|photos[\\/].+\.(png|jpg))$/.test(p),
    );
    type Bundle = { files: { path: string; content: string; encoding?: string; sha256: string }[] };
    const original: Bundle = { files: [] };
    for (const relative of paths) {
      const slashed = relative.replaceAll('\\', '/');
      const photo = slashed.startsWith('photos/');
      const content = (await fs.readFile(path.join(app.dir, relative))).toString(photo ? 'base64' : 'utf8');
      original.files.push({
        path: slashed,
        content,
        sha256: createHash('sha256').update(content).digest('hex'),
        ...(photo ? { encoding: 'base64' } : {}),
      });
    }
    const name = '20260101-000000-manual.care-backup.json.gz';
    const file = path.join(app.dir, 'backups', name);
    const tampered = async (change: (photo: Bundle['files'][number]) => void) => {
      const bundle = {
        format: 'township-care-backup',
        formatVersion: 1,
        createdAt: new Date().toISOString(),
        reason: 'manual',
        schemaVersion: 1,
        appliedSeq: null,
        ...(JSON.parse(JSON.stringify(original)) as Bundle),
      };
      const photo = bundle.files.find((f) => f.path.startsWith('photos/'));
      expect(photo?.encoding).toBe('base64');
      if (photo) change(photo);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, gzipSync(JSON.stringify(bundle)));
      return app.call('backups.restore', { file: name });
    };
    const intact = await tampered(() => undefined);
    expect(intact.ok).toBe(true);
    const notImage = await tampered((photo) => {
      photo.content = Buffer.from('not an image').toString('base64');
      photo.sha256 = createHash('sha256').update(photo.content).digest('hex');
    });
    expect(notImage.ok ? null : notImage.error.code).toBe('store.badBackup');
    const unmarked = await tampered((photo) => {
      delete photo.encoding;
    });
    expect(unmarked.ok ? null : unmarked.error.code).toBe('store.badBackup');
  });
});
