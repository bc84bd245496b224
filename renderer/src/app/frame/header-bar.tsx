import { Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCenter } from '../../features/center';
import { LanguageSwitch } from '../language-switch';
import { UserMenu } from '../../features/auth';

/**
 * The center's own name, so staff always see whose data they are working on,
 * and the signed-in account with its menu (password, switch user, sign out).
 */
export function HeaderBar() {
  const { t } = useTranslation('app');
  const center = useCenter();
  const name = center.data?.name;
  return (
    <Layout.Header style={{ paddingInline: 24, borderBottom: '1px solid #f0f0f0' }}>
      <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={16}>
        <Typography.Title level={4} style={{ margin: 0 }} ellipsis data-testid="header-center-name">
          {name ?? t('header.noCenter')}
        </Typography.Title>
        <Flex align="center" gap={8}>
          <LanguageSwitch />
          <UserMenu />
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
