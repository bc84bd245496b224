import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text';
import { BackToPerson } from './back-to-person';

/** An assessment page whose person could not be read: why, and the way back to the person. */
export function PersonLoadFailed({ personId, error }: { personId: string; error: unknown }) {
  const { t } = useTranslation('assessment');
  return (
    <Result
      status="warning"
      title={t('loadFailed')}
      subTitle={errorText(error)}
      extra={<BackToPerson personId={personId} />}
      data-testid="person-load-failed"
    />
  );
}
