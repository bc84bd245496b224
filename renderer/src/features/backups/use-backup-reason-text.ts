import { useTranslation } from 'react-i18next';

/** Why a backup was made, in words; unknown reasons fall back to "other". */
export function useBackupReasonText(): (reason: string) => string {
  const { t } = useTranslation('settings');
  return (reason) => t(`backups.reason.${reason}`, { defaultValue: t('backups.reason.unknown') });
}
