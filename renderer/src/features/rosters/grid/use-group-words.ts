import { useTranslation } from 'react-i18next';
import { STAFF_POSTS } from '../../../../../shared/schema';
import type { BuiltInPost } from '../../../../../shared/schema';

const BUILT_IN: ReadonlySet<string> = new Set(STAFF_POSTS);
const isBuiltIn = (post: string): post is BuiltInPost => BUILT_IN.has(post);

/** A post and an area as people read them: built-in posts translated, the center's own as typed. */
export function useGroupWords() {
  const { t } = useTranslation(['rostersUi', 'staff']);
  const post = (code: string) => (isBuiltIn(code) ? t(`staff:post.${code}`) : code);
  const area = (name: string) => (name === '' ? t('rostersUi:grid.noArea') : name);
  return {
    post,
    area,
    group: (a: string, p: string) => t('rostersUi:grid.group', { area: area(a), post: post(p) }),
  };
}
