import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StagedBackup } from '../../../../shared/ipc/backups';
import { useFormat } from '../../i18n/use-format';

/** What a backup file holds, read from it, so the user can tell it is the right one before restoring. */
export function StagedBackupSummary({ staged }: { staged: StagedBackup }) {
  const { t } = useTranslation('settings');
  const format = useFormat();
  return (
    <Flex vertical gap={4} data-testid="backup-file-summary">
      <Typography.Text strong>
        {t('backups.fileConfirm.createdAt', { time: format.dateTimePrecise(staged.createdAt) })}
      </Typography.Text>
      <Typography.Text data-testid="backup-file-center">
        {staged.centerName === null
          ? t('backups.fileConfirm.noCenter')
          : t('backups.fileConfirm.center', { name: staged.centerName })}
      </Typography.Text>
      <Typography.Text data-testid="backup-file-counts">
        {t('backups.fileConfirm.counts', {
          people: staged.people,
          assessments: staged.assessments,
          photos: staged.photos,
        })}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('backups.fileConfirm.file', { file: staged.fileName, size: format.bytes(staged.size) })}
      </Typography.Text>
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
        {t('backups.fileConfirm.body')}
      </Typography.Paragraph>
    </Flex>
  );
}
