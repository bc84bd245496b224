import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STAFF_POSTS } from '../../shared/schema';
import { hashTree } from '../ipc/helpers';
import { auditLines, openTestApp, refusal, staffInput } from './helpers';
import type { TestApp } from './helpers';

describe('posts', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('lists the built-in posts, the center’s own and how many hold each', async () => {
    await app.ok('staff.savePosts', { customPosts: ['康复师'] });
    await app.ok('staff.create', staffInput('李秀英', { post: '康复师' }));
    const view = await app.ok('staff.posts', undefined);
    expect(view.builtIn).toEqual([...STAFF_POSTS]);
    expect(view.custom).toEqual(['康复师']);
    expect(view.inUse).toEqual({ 康复师: 1 });
    expect((await app.ok('settings.get', undefined)).customPosts).toEqual(['康复师']);
    expect((await auditLines(app.dir)).map((l) => l.action)).toContain('staff.savePosts');
  });

  it('refuses to remove a post a staff member holds, even a former one, and writes nothing', async () => {
    await app.ok('staff.savePosts', { customPosts: ['康复师', '保洁'] });
    const member = await app.ok('staff.create', staffInput('李秀英', { post: '康复师' }));
    await app.ok('staff.update', {
      id: member.id,
      staff: staffInput('李秀英', { post: '康复师', active: false }),
    });
    const before = await hashTree(app.dir);
    const result = await app.call('staff.savePosts', { customPosts: ['保洁'] });
    expect(refusal(result)).toEqual({ code: 'staff.postInUse', fields: { customPosts: 'staff.postInUse' } });
    if (!result.ok) expect(result.error.message).toContain('李秀英');
    expect(await hashTree(app.dir)).toEqual(before);
    // A post nobody holds can go.
    expect((await app.ok('staff.savePosts', { customPosts: ['康复师'] })).custom).toEqual(['康复师']);
  });

  it('refuses a built-in post under another spelling and a post listed twice', async () => {
    const builtIn = await app.call('staff.savePosts', { customPosts: ['护士'] });
    expect(refusal(builtIn).fields).toEqual({ 'customPosts.0': 'staff.postIsBuiltIn' });
    const english = await app.call('staff.savePosts', { customPosts: ['Nurse'] });
    expect(refusal(english).fields).toEqual({ 'customPosts.0': 'staff.postIsBuiltIn' });
    const twice = await app.call('staff.savePosts', { customPosts: ['Cleaner', 'cleaner'] });
    expect(refusal(twice).fields).toEqual({ 'customPosts.1': 'staff.postDuplicate' });
  });
});
