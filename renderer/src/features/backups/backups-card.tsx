import { useEffect, useRef, useState } from 'react';
import { Alert, Card, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text';
import { CreateBackupButton } from './create-backup-button';
import { BackupTable } from './backup-table';
import { RestoreFromFileButton } from './restore-from-file-button';

/**
 * Backups: make one now, go back to an earlier one, copy one out to a USB stick, or restore
 * from a file. Reached from the read-only notice.
 */
export function BackupsCard() {
  const { t } = useTranslation('settings');
  const [params] = useSearchParams();
  const cardRef = useRef<HTMLDivElement>(null);
  // A copy or a file that went wrong is said here, beside the actions, not in a passing notification.
  const [fileError, setFileError] = useState<string | null>(null);
  const reportFileError = (error: unknown) => setFileError(errorText(error));
  const clearFileError = () => setFileError(null);
  const focusHere = params.get('section') === 'backups';
  useEffect(() => {
    if (focusHere) cardRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [focusHere]);
  return (
    <Card
      ref={cardRef}
      id="backups"
      title={t('backups.title')}
      extra={
        <Space wrap>
          <RestoreFromFileButton onError={reportFileError} clearError={clearFileError} />
          <CreateBackupButton />
        </Space>
      }
      data-testid="backups-card"
    >
      {fileError !== null && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={clearFileError}
          message={fileError}
          style={{ marginBottom: 16 }}
          data-testid="backup-file-error"
        />
      )}
      <Typography.Paragraph type="secondary">{t('backups.help')}</Typography.Paragraph>
      <BackupTable onFileError={reportFileError} />
    </Card>
  );
}
