import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while the app state is first read. */
export function FullPageSpin() {
  const { t } = useTranslation('common');
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }} data-testid="app-loading">
      <Spin size="large" description={t('status.loading')} />
    </Flex>
  );
}
