import { CareError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n/translate';
import { STAFF_CODES } from '../../../shared/ipc/staff';
import type { PostsView } from '../../../shared/ipc/staff';
import { STAFF_POSTS } from '../../../shared/schema';
import type { BuiltInPost, CoreDoc, Settings } from '../../../shared/schema';
import type { CareStore } from '../care-store';

const BUILT_IN: ReadonlySet<string> = new Set(STAFF_POSTS);

/** A post a staff member may hold: a built-in code or one of the center's own, as typed. */
export function isKnownPost(post: string, customPosts: readonly string[]): boolean {
  return BUILT_IN.has(post) || customPosts.includes(post);
}

/** How many staff members (active or not) hold each post. */
export function postsInUse(staff: CoreDoc['staff']): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const member of staff) counts[member.post] = (counts[member.post] ?? 0) + 1;
  return counts;
}

export function postsView(core: Readonly<Pick<CoreDoc, 'staff' | 'settings'>>): PostsView {
  return { builtIn: [...STAFF_POSTS], custom: [...core.settings.customPosts], inUse: postsInUse(core.staff) };
}

/** The built-in post a typed name stands for (its code, or its label in either language). */
function builtInMatch(name: string): BuiltInPost | undefined {
  const key = name.trim().toLocaleLowerCase('en');
  return STAFF_POSTS.find(
    (code) =>
      code.toLocaleLowerCase('en') === key ||
      translate('zh-CN', `staff:post.${code}`) === name.trim() ||
      translate('en', `staff:post.${code}`).toLocaleLowerCase('en') === key,
  );
}

/**
 * Checks a new list of the center's own posts against the staff: no built-in
 * post again under another spelling, no post twice, and no post removed while
 * a staff member (even a former one) still holds it, since the record would
 * then name a post the center no longer has.
 */
export function checkPosts(
  customPosts: readonly string[],
  core: Readonly<Pick<CoreDoc, 'staff' | 'settings'>>,
): void {
  const fields: { path: string; code: string; params?: Record<string, string> }[] = [];
  const seen = new Set<string>();
  customPosts.forEach((post, i) => {
    const key = post.toLocaleLowerCase('en');
    const builtIn = builtInMatch(post);
    if (builtIn) fields.push({ path: `customPosts.${i}`, code: STAFF_CODES.postIsBuiltIn, params: { post } });
    else if (seen.has(key))
      fields.push({ path: `customPosts.${i}`, code: STAFF_CODES.postDuplicate, params: { post } });
    seen.add(key);
  });
  const kept = new Set(customPosts);
  for (const removed of core.settings.customPosts.filter((p) => !kept.has(p))) {
    const holder = core.staff.find((s) => s.post === removed);
    if (holder) {
      fields.push({
        path: 'customPosts',
        code: STAFF_CODES.postInUse,
        params: { post: removed, name: holder.name },
      });
    }
  }
  const first = fields[0];
  if (first) throw new CareError(first.code, first.params ?? {}, fields);
}

export async function savePosts(
  store: CareStore,
  actor: string,
  customPosts: readonly string[],
  now = new Date(),
): Promise<PostsView> {
  return store.mutate({ actor, action: 'staff.savePosts', summary: customPosts.join('、') }, (tx) => {
    checkPosts(customPosts, tx.core);
    const settings: Settings = {
      ...tx.core.settings,
      customPosts: [...customPosts],
      updatedAt: now.toISOString(),
    };
    tx.set('settings', settings);
    return postsView({ staff: tx.core.staff, settings });
  });
}
