import { App, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../app';
import { useCenter } from './queries';
import { CenterForm } from './center-form';
import { centerToForm } from './center-form-values';

/** The center's profile in settings: the setup form again, filled in. */
export function CenterProfileCard() {
  const { t } = useTranslation(['settings', 'setup', 'common']);
  const { message } = App.useApp();
  const center = useCenter();
  const readOnly = useReadOnly();
  return (
    <Card title={t('center.title')} data-testid="settings-center">
      {center.isPending ? (
        <Skeleton active />
      ) : (
        <CenterForm
          // A restore or another save replaces the profile: start the form afresh from it.
          key={center.data?.updatedAt ?? 'new'}
          initial={centerToForm(center.data)}
          submitLabel={t('common:actions.save')}
          disabled={readOnly}
          onSaved={() => void message.success(t('setup:center.saved'))}
        />
      )}
    </Card>
  );
}
