import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown in place of a page while its code is loaded on first visit. */
export function PageSpin() {
  const { t } = useTranslation('common');
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240 }} data-testid="page-loading">
      <Spin size="large" description={t('status.loading')} />
    </Flex>
  );
}
