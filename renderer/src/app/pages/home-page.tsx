import { Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCenter, CenterDetails } from '../../features/center';
import { HomeBedCounts } from '../../features/beds';
import { PageTitle } from '../../components/page-title';

/** A short overview of the center: who it is and how many beds it has. */
export function HomePage() {
  const { t } = useTranslation('app');
  const center = useCenter();
  return (
    <div data-testid="home-page">
      <PageTitle style={{ marginTop: 0 }}>{t('home.title')}</PageTitle>
      {center.isPending ? (
        <Skeleton active />
      ) : center.data ? (
        <>
          <HomeBedCounts approved={center.data.beds} />
          <div style={{ marginTop: 16 }}>
            <CenterDetails center={center.data} />
          </div>
        </>
      ) : (
        <Card>
          <Empty description={t('header.noCenter')} />
        </Card>
      )}
    </div>
  );
}
