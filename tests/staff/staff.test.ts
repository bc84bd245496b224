import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashTree } from '../ipc/helpers';
import { auditLines, dayFromToday, idNumber, openTestApp, refusal, staffInput } from './helpers';
import type { TestApp } from './helpers';

describe('staff.create / staff.update / staff.list', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('creates a staff member with a normalised ID number and audits it as staff.create', async () => {
    const created = await app.ok(
      'staff.create',
      staffInput('李秀英', { idNumber: idNumber('19800101', '022').toLowerCase() }),
    );
    expect(created.idNumber).toBe(idNumber('19800101', '022'));
    expect(await app.ok('staff.get', { id: created.id })).toEqual(created);
    const last = (await auditLines(app.dir)).at(-1);
    expect(last).toMatchObject({ action: 'staff.create', summary: '李秀英' });
  });

  it('refuses a wrong ID number check character beside the field', async () => {
    const bad =
      idNumber('19800101', '022').slice(0, 17) + (idNumber('19800101', '022').endsWith('1') ? '2' : '1');
    const result = await app.call('staff.create', staffInput('李秀英', { idNumber: bad }));
    expect(refusal(result).fields).toEqual({ idNumber: 'validation.idNumber.checksum' });
  });

  it('refuses an ID number another staff member has, naming them, and writes nothing', async () => {
    await app.ok('staff.create', staffInput('李秀英'));
    const before = await hashTree(app.dir);
    const result = await app.call('staff.create', staffInput('王芳'));
    const { code, fields } = refusal(result);
    expect(code).toBe('staff.duplicateIdNumber');
    expect(fields).toEqual({ idNumber: 'staff.duplicateIdNumber' });
    if (!result.ok) expect(result.error.message).toContain('李秀英');
    expect(await hashTree(app.dir)).toEqual(before);
  });

  it('lets a staff member keep their own ID number on update', async () => {
    const created = await app.ok('staff.create', staffInput('李秀英'));
    const updated = await app.ok('staff.update', {
      id: created.id,
      staff: staffInput('李秀英', { area: '2号楼' }),
    });
    expect(updated.area).toBe('2号楼');
    expect(updated.createdAt).toBe(created.createdAt);
  });

  it('refuses a hire date after today, and accepts today', async () => {
    const result = await app.call('staff.create', staffInput('李秀英', { hireDate: dayFromToday(1) }));
    expect(refusal(result).fields).toEqual({ hireDate: 'validation.staff.hireDateInFuture' });
    await app.ok('staff.create', staffInput('李秀英', { hireDate: dayFromToday(0) }));
  });

  it('refuses a post that is neither built in nor one of the center’s own', async () => {
    const result = await app.call('staff.create', staffInput('李秀英', { post: '康复师' }));
    expect(refusal(result)).toEqual({ code: 'staff.unknownPost', fields: { post: 'staff.unknownPost' } });
    await app.ok('staff.savePosts', { customPosts: ['康复师'] });
    const created = await app.ok('staff.create', staffInput('李秀英', { post: '康复师' }));
    expect(created.post).toBe('康复师');
  });

  it('refuses certificates whose dates are out of order, beside the date', async () => {
    const result = await app.call(
      'staff.create',
      staffInput('李秀英', {
        certificates: [
          { id: 'cert-00000001', kind: 'health', issuedOn: '2025-06-01', expiresOn: '2025-01-01' },
        ],
      }),
    );
    expect(refusal(result).fields).toEqual({ 'certificates.0.expiresOn': 'validation.endBeforeStart' });
  });

  it('asks for the level of a skill certificate and the name of an "other" one', async () => {
    const result = await app.call(
      'staff.create',
      staffInput('李秀英', {
        certificates: [
          { id: 'cert-00000001', kind: 'carerSkill' },
          { id: 'cert-00000002', kind: 'other' },
        ],
      }),
    );
    expect(refusal(result).fields).toEqual({
      'certificates.0.level': 'validation.required',
      'certificates.1.name': 'validation.required',
    });
  });

  it('never deletes: a staff member who leaves stays, inactive, and the list filters on it', async () => {
    const a = await app.ok('staff.create', staffInput('李秀英'));
    await app.ok(
      'staff.create',
      staffInput('王芳', { idNumber: idNumber('19850315', '044'), post: 'nurse' }),
    );
    await app.ok('staff.update', { id: a.id, staff: staffInput('李秀英', { active: false }) });
    expect((await app.ok('staff.list', {})).map((s) => s.name)).toEqual(['王芳', '李秀英']);
    expect((await app.ok('staff.list', { active: true })).map((s) => s.name)).toEqual(['王芳']);
    expect((await app.ok('staff.list', { active: false })).map((s) => s.name)).toEqual(['李秀英']);
    expect((await app.ok('staff.list', { post: 'nurse' })).map((s) => s.name)).toEqual(['王芳']);
  });

  it('finds staff by pinyin initials, full pinyin, characters and phone', async () => {
    await app.ok('staff.create', staffInput('李秀英', { phone: '13900001111' }));
    await app.ok('staff.create', staffInput('王芳', { idNumber: idNumber('19850315', '044') }));
    const names = async (query: string) => (await app.ok('staff.list', { query })).map((s) => s.name);
    expect(await names('lxy')).toEqual(['李秀英']);
    expect(await names('wangfang')).toEqual(['王芳']);
    expect(await names('秀')).toEqual(['李秀英']);
    expect(await names('0000111')).toEqual(['李秀英']);
    expect(await names('zzz')).toEqual([]);
  });

  it('shows the worst certificate state in the list', async () => {
    await app.ok(
      'staff.create',
      staffInput('李秀英', {
        certificates: [
          { id: 'cert-00000001', kind: 'health', expiresOn: dayFromToday(400) },
          { id: 'cert-00000002', kind: 'carerSkill', level: 4, expiresOn: dayFromToday(10) },
        ],
      }),
    );
    expect((await app.ok('staff.list', {}))[0]?.certificates).toBe('expiring');
  });

  it('keeps the account link when a staff form is saved without it', async () => {
    const created = await app.ok('staff.create', staffInput('李秀英'));
    // The accounts feature sets the link; simulate it with a direct write.
    await app.session.store.mutate({ actor: 'test', action: 'users.link' }, (tx) => {
      tx.put('core', 'staff', { ...created, userId: 'user-00000001' });
    });
    const updated = await app.ok('staff.update', {
      id: created.id,
      staff: { ...staffInput('李秀英'), userId: 'user-99999999' } as never,
    });
    expect(updated.userId).toBe('user-00000001');
  });

  it('answers staff.notFound for an unknown id', async () => {
    expect(refusal(await app.call('staff.get', { id: 'no-such-staff' })).code).toBe('staff.notFound');
    expect(
      refusal(await app.call('staff.update', { id: 'no-such-staff', staff: staffInput('x') })).code,
    ).toBe('staff.notFound');
  });
});
