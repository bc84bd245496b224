import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StagedBackup } from '../../../../shared/ipc/backups';
import { backupFileCalls, useRestoredState } from './queries';
import { hasFileDialogs, uploadBackup } from './file-transfer';
import { StagedBackupSummary } from './staged-backup-summary';

/**
 * Restore from a file: the file is checked first (in the core, before anything is touched),
 * then the user sees what it holds and confirms; a file not confirmed is dropped. Refusals
 * go to `onError`, shown beside the button.
 */
export function useRestoreFromFile(onError: (error: unknown) => void, clearError: () => void) {
  const { t } = useTranslation(['settings', 'common']);
  const { modal, message } = App.useApp();
  const restored = useRestoredState();
  const [checking, setChecking] = useState(false);

  const confirm = (staged: StagedBackup) => {
    modal.confirm({
      title: t('backups.fileConfirm.title'),
      content: <StagedBackupSummary staged={staged} />,
      okText: t('backups.confirm.ok'),
      okButtonProps: { danger: true, 'data-testid': 'backup-file-restore-confirm' },
      cancelText: t('common:actions.cancel'),
      width: 480,
      onOk: async () => {
        try {
          await restored(await backupFileCalls.restoreStaged(staged.stagedId));
          void message.success(t('backups.restored'));
        } catch (error) {
          onError(error);
        }
      },
      // Not confirmed: the staged copy goes now rather than at the next start.
      onCancel: () => void backupFileCalls.discardStaged(staged.stagedId).catch(() => undefined),
    });
  };

  const check = async (stage: () => Promise<StagedBackup | null>) => {
    clearError();
    setChecking(true);
    try {
      const staged = await stage();
      if (staged) confirm(staged);
    } catch (error) {
      onError(error);
    } finally {
      setChecking(false);
    }
  };

  return {
    checking,
    /** Desktop: the system's open dialog. */
    chooseWithDialog: () => check(() => backupFileCalls.inspectFile()),
    /** Browser: a file picked in the page's own file input. */
    upload: (file: File) => check(() => uploadBackup(file)),
    hasFileDialogs: hasFileDialogs(),
  };
}
