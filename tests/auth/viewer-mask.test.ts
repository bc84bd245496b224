import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from '../../shared/domain/mask';
import type { Person } from '../../shared/schema';
import { personInput } from '../people/helpers';
import { staffInput } from '../staff/helpers';
import { createAdmin, openAuthApp, type AuthApp } from './auth-harness';

describe('mask', () => {
  it('keeps the ends of ID numbers and phones', () => {
    expect(maskIdNumber('430621194501012175')).toBe('4306**********2175');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('1234567')).toBe('*******');
  });
});

describe('what a viewer sees', () => {
  let app: AuthApp;
  let person: Person;
  beforeEach(async () => {
    app = await openAuthApp();
    await createAdmin(app);
    person = await app.ok(
      'people.create',
      personInput('吴老太', '19380808', '002', { phone: '13812345678' }),
    );
    const password = 'Viewer-Lamp-77';
    await app.ok('users.create', {
      username: 'inspector',
      displayName: '检查员',
      role: 'viewer',
      staffId: null,
      password,
      passwordAgain: password,
    });
  });
  afterEach(async () => {
    await app.close();
    await fs.rm(app.dir, { recursive: true, force: true });
  });

  const signInAs = (username: string, password: string) => app.ok('auth.signIn', { username, password });

  it('masks ID numbers and phones in the list and the record; others see them whole', async () => {
    const id = person.idNumber ?? '';
    expect(id).toHaveLength(18);
    const adminList = await app.ok('people.list', { limit: 10 });
    expect(adminList.items[0]?.idNumber).toBe(id);
    await app.ok('auth.signOut');
    await signInAs('inspector', 'Viewer-Lamp-77');
    const list = await app.ok('people.list', { limit: 10 });
    expect(list.items[0]?.idNumber).toBe(maskIdNumber(id));
    expect(list.items[0]?.phone).toBe('138****5678');
    const detail = await app.ok('people.get', { id: person.id });
    expect(detail.person.idNumber).toBe(maskIdNumber(id));
    expect(JSON.stringify(detail)).not.toContain(id);
    expect(JSON.stringify(detail)).not.toContain('13812345678');
    expect(await app.refused('people.export', {})).toBe('auth.forbidden');
  });

  it('masks staff phones and ID numbers for a viewer too', async () => {
    const member = await app.ok('staff.create', staffInput('李秀英'));
    const wholeId = member.idNumber ?? '';
    expect(wholeId).toHaveLength(18);
    await app.ok('auth.signOut');
    await signInAs('inspector', 'Viewer-Lamp-77');
    const list = await app.ok('staff.list', {});
    expect(list[0]?.phone).toBe('138****5678');
    const one = await app.ok('staff.get', { id: member.id });
    expect(one.idNumber).toBe(maskIdNumber(wholeId));
    expect(JSON.stringify([list, one])).not.toContain('13812345678');
    expect(JSON.stringify(one)).not.toContain(wholeId);
  });

  it('audits an export with the name of who took it', async () => {
    const file = await app.ok('people.export', {});
    expect((await app.auditLines()).at(-1)).toMatchObject({
      action: 'people.export',
      actor: 'admin',
      summary: file.fileName,
    });
  });
});
