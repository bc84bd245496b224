import { Alert, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../queries';
import { settingsPaths } from '../../features/settings';

/**
 * Problems that did not stop the data from opening, such as a start-up backup that could not be
 * written (full disk, read-only backups folder). The data is usable, so this is a warning above
 * every page, not an error, with the way to a manual backup once the cause is dealt with.
 */
export function StoreWarningsAlert() {
  const { t } = useTranslation(['app', 'errors']);
  const navigate = useNavigate();
  const warnings = useAppState().data?.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="store-warnings"
      style={{ marginBottom: 24 }}
      title={t('app:warnings.title')}
      description={
        <>
          {warnings.map((warning) => (
            // The code comes from the core at run time; an unknown one still shows something readable.
            <p key={warning.code} style={{ marginTop: 0 }}>
              {t(warning.code, { ns: 'errors', ...warning.params, defaultValue: warning.code })}
            </p>
          ))}
          <Button
            onClick={() => void navigate(settingsPaths.settingsBackups)}
            data-testid="store-warnings-backup"
          >
            {t('app:warnings.backupNow')}
          </Button>
        </>
      }
    />
  );
}
