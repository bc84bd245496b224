import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app';

/** Where the data lives, as copyable text (the app never opens a file manager for it). */
export function DataFolderCard() {
  const { t } = useTranslation(['settings', 'common']);
  const dataDir = useAppState().data?.dataDir ?? '';
  return (
    <Card title={t('dataFolder.title')}>
      <Typography.Paragraph
        code
        copyable={{ tooltips: [t('common:actions.copy'), t('common:actions.copied')] }}
        style={{ wordBreak: 'break-all' }}
        data-testid="settings-data-dir"
      >
        {dataDir}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('dataFolder.help')}
      </Typography.Paragraph>
    </Card>
  );
}
