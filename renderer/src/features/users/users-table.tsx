import { Button, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../shared/ipc/users';
import { useFormat } from '../../i18n/use-format';
import { RoleTag } from './role-tag';
import { UserStatus } from './user-status';
import { useUnlockUser } from './queries';
import { useToggleActive } from './use-toggle-active';

interface Props {
  users: UserView[];
  loading: boolean;
  readOnly: boolean;
  /** When the list was read: a block that has run out by then is not shown. */
  readAt: number;
  onEdit: (user: UserView) => void;
  onResetPassword: (user: UserView) => void;
}

/** Every account with its role, linked staff member, state and last sign-in, and what an admin can do to it. */
export function UsersTable({ users, loading, readOnly, readAt, onEdit, onResetPassword }: Props) {
  const { t } = useTranslation(['users', 'common']);
  const format = useFormat();
  const unlock = useUnlockUser();
  const toggleActive = useToggleActive();
  const columns: TableColumnsType<UserView> = [
    {
      key: 'name',
      title: t('users:columns.name'),
      render: (_, user) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{user.displayName}</Typography.Text>
          <Typography.Text type="secondary">{user.username}</Typography.Text>
        </Space>
      ),
    },
    { key: 'role', title: t('users:columns.role'), render: (_, user) => <RoleTag role={user.role} /> },
    {
      key: 'staff',
      title: t('users:columns.staff'),
      render: (_, user) => user.staffName ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      key: 'status',
      title: t('users:columns.status'),
      render: (_, user) => <UserStatus user={user} now={readAt} />,
    },
    {
      key: 'lastSignIn',
      title: t('users:columns.lastSignIn'),
      render: (_, user) => (user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t('users:never')),
    },
    {
      key: 'actions',
      title: t('users:columns.actions'),
      render: (_, user) => (
        <Space size={0} wrap>
          <Button
            type="link"
            disabled={readOnly}
            onClick={() => onEdit(user)}
            data-testid={`user-edit-${user.username}`}
          >
            {t('users:actions.edit')}
          </Button>
          <Button
            type="link"
            disabled={readOnly}
            onClick={() => onResetPassword(user)}
            data-testid={`user-reset-${user.username}`}
          >
            {t('users:actions.resetPassword')}
          </Button>
          {user.failedAttempts > 0 && (
            <Button
              type="link"
              disabled={readOnly}
              loading={unlock.isPending && unlock.variables === user.id}
              onClick={() => unlock.mutate(user.id)}
              data-testid={`user-unlock-${user.username}`}
            >
              {t('users:actions.unlock')}
            </Button>
          )}
          <Button
            type="link"
            danger={user.active}
            disabled={readOnly}
            onClick={() => toggleActive(user)}
            data-testid={`user-toggle-${user.username}`}
          >
            {user.active ? t('users:actions.disable') : t('users:actions.enable')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<UserView>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('common:status.empty') }}
      data-testid="users-table"
      onRow={(user) => ({ 'data-testid': `user-row-${user.username}` }) as object}
    />
  );
}
