import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { backupFileCalls } from './queries';
import { downloadUrl, hasFileDialogs } from './file-transfer';

/**
 * "Copy to…" for one backup: the system's save dialog in the desktop app (the core writes
 * the copy and reads it back); in the browser, a download the browser saves where it saves.
 */
export function CopyBackupButton({ file, onError }: { file: string; onError: (error: unknown) => void }) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const [copying, setCopying] = useState(false);
  if (!hasFileDialogs()) {
    return (
      <Button
        size="small"
        icon={<DownloadOutlined />}
        href={downloadUrl(file)}
        download={file}
        title={t('backups.downloadHint')}
        data-testid="backup-download"
        data-file={file}
      >
        {t('backups.download')}
      </Button>
    );
  }
  const copy = async () => {
    setCopying(true);
    try {
      const { copiedTo } = await backupFileCalls.copyTo(file);
      if (copiedTo !== null) void message.success(t('backups.copied', { path: copiedTo }));
    } catch (error) {
      onError(error);
    } finally {
      setCopying(false);
    }
  };
  return (
    <Button
      size="small"
      icon={<ExportOutlined />}
      loading={copying}
      onClick={() => void copy()}
      title={t('backups.copyToHint')}
      data-testid="backup-copy"
      data-file={file}
    >
      {copying ? t('backups.copying') : t('backups.copyTo')}
    </Button>
  );
}
