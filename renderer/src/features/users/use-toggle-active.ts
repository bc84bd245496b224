import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../shared/ipc/users';
import { useUpdateUser } from './queries';

/**
 * Disables an account after a confirmation (it can no longer sign in; its
 * name stays on everything it recorded), or enables it again. Never deletes.
 */
export function useToggleActive(): (user: UserView) => void {
  const { t } = useTranslation(['users', 'common']);
  const { modal, message } = App.useApp();
  const update = useUpdateUser();
  const save = (user: UserView, active: boolean) =>
    update.mutate(
      { id: user.id, displayName: user.displayName, role: user.role, staffId: user.staffId, active },
      {
        onSuccess: () =>
          void message.success(
            t(active ? 'users:enable.done' : 'users:disable.done', { name: user.displayName }),
          ),
      },
    );
  return (user) => {
    if (!user.active) {
      save(user, true);
      return;
    }
    modal.confirm({
      title: t('users:disable.title', { name: user.displayName }),
      content: t('users:disable.text'),
      okText: t('users:disable.ok'),
      okButtonProps: { danger: true, 'data-testid': 'disable-confirm' },
      cancelText: t('common:actions.cancel'),
      onOk: () => save(user, false),
    });
  };
}
