import { App, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CenterForm } from './center-form';
import { EMPTY_CENTER } from './center-form-values';
import { LanguageSwitch } from '../../app';
import { PageTitle } from '../../components/page-title';

/** First run: nothing else is shown until the center's basic details are saved. */
export function SetupPage() {
  const { t } = useTranslation('setup');
  const { message } = App.useApp();
  const done = () => {
    // The app state is re-read after the save; start the app on Home.
    window.location.hash = '#/';
    void message.success(t('done'));
  };
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: '32px 16px', background: '#f3f6f4' }}>
      <Card style={{ width: '100%', maxWidth: 760, alignSelf: 'flex-start' }} data-testid="setup-page">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <PageTitle style={{ marginTop: 0 }}>{t('title')}</PageTitle>
          <LanguageSwitch testId="setup-language" />
        </Flex>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <CenterForm initial={EMPTY_CENTER} submitLabel={t('submit')} autoFocus onSaved={done} />
      </Card>
    </Flex>
  );
}
