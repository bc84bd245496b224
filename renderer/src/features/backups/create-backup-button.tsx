import { App, Button } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCreateBackup } from './queries';

/** A backup only reads the data, so it stays available even when the data is read-only. */
export function CreateBackupButton() {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const create = useCreateBackup();
  const run = () =>
    create.mutate(undefined, {
      onSuccess: () => void message.success(t('backups.created')),
    });
  return (
    <Button
      type="primary"
      icon={<SaveOutlined />}
      loading={create.isPending}
      onClick={run}
      data-testid="backup-create"
    >
      {create.isPending ? t('backups.creating') : t('backups.createNow')}
    </Button>
  );
}
