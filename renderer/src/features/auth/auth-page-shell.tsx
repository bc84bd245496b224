import { PageTitle } from '../../components/page-title';
import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app';
import { useCenter } from '../center';

/** The card every screen before the app uses: the center's name on top, the language switch beside it. */
export function AuthPageShell({
  title,
  testId,
  width = 480,
  children,
}: {
  title: string;
  testId: string;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation(['common', 'app']);
  const center = useCenter();
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: '48px 16px', background: '#f3f6f4' }}>
      <Card style={{ width: '100%', maxWidth: width, alignSelf: 'flex-start' }} data-testid={testId}>
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <LanguageSwitch testId={`${testId}-language`} width={230} />
        </Flex>
        <Typography.Text strong style={{ fontSize: 16 }} data-testid="auth-center-name">
          {center.data?.name ?? t('common:appShortName')}
        </Typography.Text>
        <PageTitle style={{ marginTop: 8 }}>{title}</PageTitle>
        {children}
      </Card>
    </Flex>
  );
}
