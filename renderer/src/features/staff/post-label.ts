import { useTranslation } from 'react-i18next';
import { STAFF_POSTS } from '../../../../shared/schema';
import type { BuiltInPost } from '../../../../shared/schema';

const BUILT_IN: ReadonlySet<string> = new Set(STAFF_POSTS);

function isBuiltIn(post: string): post is BuiltInPost {
  return BUILT_IN.has(post);
}

/** A post as people read it: built-in codes translated, the center's own posts as typed. */
export function usePostLabel(): (post: string) => string {
  const { t } = useTranslation('staff');
  return (post) => (isBuiltIn(post) ? t(`post.${post}`) : post);
}
