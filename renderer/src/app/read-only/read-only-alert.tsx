import { Alert, Button, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../queries';
import { settingsPaths } from '../../features/settings';
import { ReadOnlyFileList } from './read-only-file-list';

/**
 * Says plainly what happened, that nothing can be changed, and the way out:
 * restoring a backup in Settings.
 */
export function ReadOnlyAlert() {
  const { t } = useTranslation('app');
  const navigate = useNavigate();
  const readOnly = useAppState().data?.readOnly;
  if (!readOnly) return null;
  const reasonKey = `readOnly.reason.${readOnly.reason}`;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="readonly-alert"
      style={{ marginBottom: 24 }}
      title={t('readOnly.title')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {t(reasonKey, { defaultValue: t('readOnly.reason.other') })}
          </Typography.Paragraph>
          <ReadOnlyFileList files={readOnly.files} />
          <Typography.Paragraph style={{ marginBottom: 12 }}>{t('readOnly.wayOut')}</Typography.Paragraph>
          <Button
            type="primary"
            danger
            onClick={() => void navigate(settingsPaths.settingsBackups)}
            data-testid="readonly-go-restore"
          >
            {t('readOnly.goRestore')}
          </Button>
        </>
      }
    />
  );
}
