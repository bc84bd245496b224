import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageCard } from '../settings/LanguageCard';
import { DataFolderCard } from '../settings/DataFolderCard';
import { CenterProfileCard } from '../settings/CenterProfileCard';
import { BackupsCard } from '../settings/BackupsCard';
import { CareRulesCard } from '../settings/CareRulesCard';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <div data-testid="settings-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      <Flex vertical gap={16}>
        <LanguageCard />
        <DataFolderCard />
        <BackupsCard />
        <CareRulesCard />
        <CenterProfileCard />
      </Flex>
    </div>
  );
}
