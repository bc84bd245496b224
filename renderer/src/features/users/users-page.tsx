import { PageTitle } from '../../components/page-title';
import { useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../shared/ipc/users';
import { useReadOnly } from '../../app';
import { useUsers } from './queries';
import { UsersTable } from './users-table';
import { UserFormDialog } from './user-form-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';

type Dialog = { kind: 'add' } | { kind: 'edit'; user: UserView } | { kind: 'reset'; user: UserView } | null;

/** Administrators keep the accounts here; accounts are disabled, never deleted, so the audit keeps its names. */
export function UsersPage() {
  const { t } = useTranslation('users');
  const users = useUsers();
  const readOnly = useReadOnly();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <div data-testid="users-page">
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 16 }}>
        <PageTitle style={{ margin: 0 }}>{t('title')}</PageTitle>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={readOnly}
          onClick={() => setDialog({ kind: 'add' })}
          data-testid="user-add"
        >
          {t('actions.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <UsersTable
        users={users.data ?? []}
        loading={users.isPending}
        readOnly={readOnly}
        readAt={users.dataUpdatedAt}
        onEdit={(user) => setDialog({ kind: 'edit', user })}
        onResetPassword={(user) => setDialog({ kind: 'reset', user })}
      />
      {dialog?.kind === 'add' && <UserFormDialog user={null} onClose={close} />}
      {dialog?.kind === 'edit' && <UserFormDialog user={dialog.user} onClose={close} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog user={dialog.user} onClose={close} />}
    </div>
  );
}
