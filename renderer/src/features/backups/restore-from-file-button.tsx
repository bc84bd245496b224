import { useRef } from 'react';
import { Button } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useRestoreFromFile } from './use-restore-from-file';

/** "Restore from a file…": the system's dialog in the desktop app, a file input in the browser. */
export function RestoreFromFileButton({
  onError,
  clearError,
}: {
  onError: (error: unknown) => void;
  clearError: () => void;
}) {
  const { t } = useTranslation('settings');
  const input = useRef<HTMLInputElement>(null);
  const restore = useRestoreFromFile(onError, clearError);
  return (
    <>
      <Button
        danger
        icon={<FolderOpenOutlined />}
        loading={restore.checking}
        onClick={() => (restore.hasFileDialogs ? void restore.chooseWithDialog() : input.current?.click())}
        data-testid="backup-restore-file"
      >
        {restore.checking ? t('backups.checkingFile') : t('backups.restoreFromFile')}
      </Button>
      {!restore.hasFileDialogs && (
        <input
          ref={input}
          type="file"
          accept=".gz"
          hidden
          aria-label={t('backups.restoreFromFile')}
          data-testid="backup-restore-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again still fires a change.
            event.target.value = '';
            if (file) void restore.upload(file);
          }}
        />
      )}
    </>
  );
}
