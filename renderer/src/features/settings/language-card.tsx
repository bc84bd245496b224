import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app';

export function LanguageCard() {
  const { t } = useTranslation('settings');
  return (
    <Card title={t('language.title')}>
      <LanguageSwitch testId="settings-language" width={260} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('language.help')}
      </Typography.Paragraph>
    </Card>
  );
}
