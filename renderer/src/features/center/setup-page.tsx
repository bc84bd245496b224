import { useState } from 'react';
import { App, Card, Flex, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CenterForm } from './center-form';
import { EMPTY_CENTER } from './center-form-values';
import { LanguageSwitch } from '../../app';
import { PageTitle } from '../../components/page-title';
import { FirstAdminForm } from '../auth';

export interface SetupPageProps {
  /** No account exists yet: the first administrator comes first. */
  needsAdmin: boolean;
  /** The center profile is not saved yet. */
  needsCenter: boolean;
}

/**
 * First run: the first administrator, then the center's basic details (saving
 * them needs an administrator, so the account comes first and is signed in).
 * A folder from before accounts, with its center already set, shows only the
 * first step. Nothing else is shown until both are done.
 */
export function SetupPage({ needsAdmin, needsCenter }: SetupPageProps) {
  const { t } = useTranslation('setup');
  const { message } = App.useApp();
  // Both steps are listed for the whole first run, also once the first is done.
  const [bothSteps] = useState(needsAdmin && needsCenter);
  const done = () => {
    // The app state is re-read after the save; start the app on Home.
    window.location.hash = '#/';
    void message.success(t('done'));
  };
  const adminCreated = () => {
    if (!needsCenter) done();
  };
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: '32px 16px', background: '#f3f6f4' }}>
      <Card style={{ width: '100%', maxWidth: 760, alignSelf: 'flex-start' }} data-testid="setup-page">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <PageTitle style={{ marginTop: 0 }}>{t('title')}</PageTitle>
          <LanguageSwitch testId="setup-language" />
        </Flex>
        {bothSteps && (
          <Steps
            current={needsAdmin ? 0 : 1}
            size="small"
            style={{ marginBottom: 24 }}
            items={[{ title: t('steps.admin') }, { title: t('steps.center') }]}
            data-testid="setup-steps"
          />
        )}
        {needsAdmin ? (
          <>
            <Typography.Paragraph type="secondary">{t('adminIntro')}</Typography.Paragraph>
            <FirstAdminForm onCreated={adminCreated} />
          </>
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
            <CenterForm initial={EMPTY_CENTER} submitLabel={t('submit')} autoFocus onSaved={done} />
          </>
        )}
      </Card>
    </Flex>
  );
}
