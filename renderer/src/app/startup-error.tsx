import { Button, Flex, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** The app state could not be read at all; the notification already said why. */
export function StartupError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('common');
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Result
        status="error"
        title={t('errors.loadFailed')}
        subTitle={t('errors.noConnection')}
        extra={
          <Button type="primary" onClick={onRetry} data-testid="startup-retry">
            {t('actions.retry')}
          </Button>
        }
      />
    </Flex>
  );
}
