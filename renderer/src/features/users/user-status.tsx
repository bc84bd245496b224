import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../shared/ipc/users';
import { useFormat } from '../../i18n/use-format';

/** Active or disabled, and blocked after failed sign-ins (until when). */
export function UserStatus({ user, now }: { user: UserView; now: number }) {
  const { t } = useTranslation('users');
  const format = useFormat();
  const blocked = user.blockedUntil !== null && Date.parse(user.blockedUntil) > now;
  return (
    <Space size={4} wrap>
      {user.active ? (
        <Tag color="success">{t('status.active')}</Tag>
      ) : (
        <Tag data-testid={`user-disabled-${user.username}`}>{t('status.disabled')}</Tag>
      )}
      {blocked && user.blockedUntil && (
        <Tooltip title={t('status.blockedUntil', { time: format.dateTimePrecise(user.blockedUntil) })}>
          <Tag color="warning" data-testid={`user-blocked-${user.username}`}>
            {t('status.blocked', { attempts: user.failedAttempts })}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}
