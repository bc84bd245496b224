import { Suspense } from 'react';
import { Card, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageCard } from './language-card';
import { DataFolderCard } from './data-folder-card';
import { BackupsCard } from '../backups';
import { CenterProfileCard } from '../center';
import { RoundPlanCard } from '../rounds';
import { CareRulesCard } from './care-rules-card';
import { PageTitle } from '../../components/page-title';

/** Stands in for a card that another feature lends (backups, center profile) while its code loads. */
function CardLoading() {
  return (
    <Card>
      <Skeleton active />
    </Card>
  );
}

export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <div data-testid="settings-page">
      <PageTitle style={{ marginTop: 0 }}>{t('title')}</PageTitle>
      <Flex vertical gap={16}>
        <LanguageCard />
        <DataFolderCard />
        <Suspense fallback={<CardLoading />}>
          <BackupsCard />
        </Suspense>
        <CareRulesCard />
        <RoundPlanCard />
        <Suspense fallback={<CardLoading />}>
          <CenterProfileCard />
        </Suspense>
      </Flex>
    </div>
  );
}
