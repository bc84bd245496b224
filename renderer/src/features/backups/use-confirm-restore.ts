import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRestoreBackup } from './queries';
import { useFormat } from '../../i18n/use-format';
import type { BackupView } from './backup-view';

/**
 * Ask before restoring: the dialog says the current data is saved as a backup
 * first, so the step can be undone. Failures are reported by the data layer.
 */
export function useConfirmRestore() {
  const { t } = useTranslation(['settings', 'common']);
  const { modal, message } = App.useApp();
  const format = useFormat();
  const restore = useRestoreBackup();
  const confirm = (backup: BackupView) => {
    modal.confirm({
      title: t('backups.confirm.title'),
      content: t('backups.confirm.body', { time: format.dateTimePrecise(backup.createdAt) }),
      okText: t('backups.confirm.ok'),
      okButtonProps: { danger: true, 'data-testid': 'backup-restore-confirm' },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        try {
          await restore.mutateAsync(backup.file);
          void message.success(t('backups.restored'));
        } catch {
          // Already shown as a notification by the data layer.
        }
      },
    });
  };
  return { confirm, pending: restore.isPending };
}
