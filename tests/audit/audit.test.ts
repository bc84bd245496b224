import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personInput } from '../people/helpers';
import { TEST_ADMIN } from '../auth/helpers';
import { createAdmin, openAuthApp, type AuthApp } from '../auth/auth-harness';

let app: AuthApp;
beforeEach(async () => {
  app = await openAuthApp();
  await createAdmin(app);
});
afterEach(async () => {
  await app.close();
  await fs.rm(app.dir, { recursive: true, force: true });
});

const everything = { filter: {}, limit: 500 };

describe('audit.list', () => {
  it('lists newest first with who did it, the records changed and no field values', async () => {
    const person = await app.ok('people.create', personInput('吴老太', '19380808', '002'));
    const page = await app.ok('audit.list', everything);
    const [newest] = page.entries;
    expect(newest).toMatchObject({
      action: 'people.create',
      kind: 'people',
      username: TEST_ADMIN.username,
      displayName: TEST_ADMIN.displayName,
      people: [{ id: person.id, name: '吴老太' }],
    });
    expect(newest?.changes).toContainEqual({ collection: 'people', id: person.id, op: 'put' });
    expect(page.entries.map((e) => e.seq)).toEqual([...page.entries.map((e) => e.seq)].sort((a, b) => b - a));
    // Field values (here the ID number) never leave through the viewer.
    expect(JSON.stringify(page)).not.toContain(person.idNumber ?? 'no id');
    expect(page.chain).toEqual({ intact: true, brokenAt: null, entries: page.entries.length });
  });

  it('filters by user, kind, elder and date, and pages with `before`', async () => {
    const a = await app.ok('people.create', personInput('吴老太', '19380808', '002'));
    await app.ok('people.create', personInput('张大爷', '19400101', '011'));
    await app.ok('audit.recordPrint', { kind: 'personRecord', personId: a.id });
    const forA = await app.ok('audit.list', { filter: { personId: a.id }, limit: 50 });
    expect(forA.entries.map((e) => e.action)).toEqual(['prints.personRecord', 'people.create']);
    const prints = await app.ok('audit.list', { filter: { kind: 'prints' }, limit: 50 });
    expect(prints.entries).toHaveLength(1);
    expect((await app.ok('audit.list', { filter: { username: 'someone-else' }, limit: 50 })).entries).toEqual(
      [],
    );
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect((await app.ok('audit.list', { filter: { to: '2000-01-01' }, limit: 50 })).entries).toEqual([]);
    expect((await app.ok('audit.list', { filter: { from: day }, limit: 50 })).entries.length).toBeGreaterThan(
      3,
    );
    const first = await app.ok('audit.list', { filter: {}, limit: 2 });
    expect(first.more).toBe(true);
    const next = await app.ok('audit.list', { filter: {}, limit: 2, before: first.entries.at(-1)?.seq ?? 0 });
    expect(next.entries[0]?.seq).toBe((first.entries.at(-1)?.seq ?? 0) - 1);
  });

  it('says where the chain breaks', async () => {
    await app.ok('people.create', personInput('吴老太', '19380808', '002'));
    await app.close();
    const dir = path.join(app.dir, 'audit');
    const [name] = await fs.readdir(dir);
    if (!name) throw new Error('no audit file');
    const lines = (await fs.readFile(path.join(dir, name), 'utf8')).split('\n');
    lines[1] = (lines[1] ?? '').replace('"summary":"', '"summary":"x');
    await fs.writeFile(path.join(dir, name), lines.join('\n'));
    app = await openAuthApp({ dir: app.dir });
    // The folder is read-only now; the accounts still load, so an admin signs in to look.
    await app.ok('auth.signIn', { username: TEST_ADMIN.username, password: TEST_ADMIN.password });
    const page = await app.ok('audit.list', everything);
    expect(page.chain.intact).toBe(false);
    expect(page.chain.brokenAt).toMatchObject({ file: `audit/${name}`, line: 2, seq: 2 });
  });
});

describe('audit.export', () => {
  it('writes the trail as .xlsx without hashes, passwords or field values, and audits the export', async () => {
    const person = await app.ok('people.create', personInput('吴老太', '19380808', '002'));
    const file = await app.ok('audit.export', {});
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const cells: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
    const text = cells.join('\n');
    expect(text).toContain('people.create');
    expect(text).toContain(TEST_ADMIN.displayName);
    const credentials = JSON.parse(await fs.readFile(path.join(app.dir, 'credentials.json'), 'utf8')) as {
      hashes: Record<string, { hash: string; salt: string }>;
    };
    for (const stored of Object.values(credentials.hashes)) {
      expect(text).not.toContain(stored.hash);
      expect(text).not.toContain(stored.salt);
    }
    expect(text).not.toContain(TEST_ADMIN.password);
    expect(text).not.toContain(person.idNumber ?? 'no id');
    expect((await app.auditLines()).at(-1)).toMatchObject({
      action: 'audit.export',
      actor: TEST_ADMIN.username,
    });
  });
});
