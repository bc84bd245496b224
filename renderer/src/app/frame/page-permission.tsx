import type { ReactNode } from 'react';
import { Result } from 'antd';
import { useMatches } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMayCheck } from '../../features/auth';
import type { RouteHandle } from '../feature';

function permissionOf(handle: unknown): RouteHandle['permission'] {
  return typeof handle === 'object' && handle !== null && 'permission' in handle
    ? (handle as RouteHandle).permission
    : undefined;
}

/**
 * A page the role may not open (typed address, a link kept from another
 * account) says so instead of showing an empty or failing page. The core
 * refuses its calls anyway; this only keeps the screen honest.
 */
export function PagePermission({ children }: { children: ReactNode }) {
  const { t } = useTranslation('auth');
  const may = useMayCheck();
  const matches = useMatches();
  const allowed = matches.every((match) => may(permissionOf(match.handle)));
  if (allowed) return children;
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={t('forbidden.text')}
      data-testid="page-forbidden"
    />
  );
}
