import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../shared/ipc/users';
import { useFormat } from '../../i18n/use-format';

/**
 * Active or disabled, and the failed sign-ins since the last good one: while
 * they hold the next try back, until when (an admin can unlock).
 */
export function UserStatus({ user, now }: { user: UserView; now: number }) {
  const { t } = useTranslation('users');
  const format = useFormat();
  const blockedUntil =
    user.blockedUntil !== null && Date.parse(user.blockedUntil) > now ? user.blockedUntil : null;
  return (
    <Space size={4} wrap>
      {user.active ? (
        <Tag color="success">{t('status.active')}</Tag>
      ) : (
        <Tag data-testid={`user-disabled-${user.username}`}>{t('status.disabled')}</Tag>
      )}
      {user.failedAttempts > 0 && (
        <Tooltip
          title={
            blockedUntil
              ? t('status.blockedUntil', { time: format.dateTimePrecise(blockedUntil) })
              : undefined
          }
        >
          <Tag color={blockedUntil ? 'error' : 'warning'} data-testid={`user-failed-${user.username}`}>
            {t(blockedUntil ? 'status.blocked' : 'status.failed', { attempts: user.failedAttempts })}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}
