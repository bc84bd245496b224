import { useEffect, useRef } from 'react';
import { Card, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CreateBackupButton } from './create-backup-button';
import { BackupTable } from './backup-table';

/** Backups: make one now, or go back to an earlier one. Reached from the read-only notice. */
export function BackupsCard() {
  const { t } = useTranslation('settings');
  const [params] = useSearchParams();
  const cardRef = useRef<HTMLDivElement>(null);
  const focusHere = params.get('section') === 'backups';
  useEffect(() => {
    if (focusHere) cardRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [focusHere]);
  return (
    <Card
      ref={cardRef}
      id="backups"
      title={t('backups.title')}
      extra={<CreateBackupButton />}
      data-testid="backups-card"
    >
      <Typography.Paragraph type="secondary">{t('backups.help')}</Typography.Paragraph>
      <BackupTable />
    </Card>
  );
}
