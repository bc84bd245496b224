import { Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCenter, CenterDetails } from '../../features/center';
import { HomeBedCounts } from '../../features/beds';
import { CareBoard } from '../../features/care-board';
import { PageTitle } from '../../components/page-title';

/**
 * The home page is the 24-hour board: what a manager or a carer needs first.
 * Who the center is and its bed counts follow at the bottom.
 */
export function HomePage() {
  const { t } = useTranslation('care-board');
  const center = useCenter();
  const title = <PageTitle style={{ marginTop: 0 }}>{t('title')}</PageTitle>;
  return (
    <div data-testid="home-page">
      {center.isPending ? (
        <>
          {title}
          <Skeleton active />
        </>
      ) : center.data ? (
        <>
          <CareBoard title={title} />
          <section aria-label={t('home.center')} style={{ marginTop: 16 }}>
            <HomeBedCounts approved={center.data.beds} />
            <div style={{ marginTop: 16 }}>
              <CenterDetails center={center.data} />
            </div>
          </section>
        </>
      ) : (
        <>
          {title}
          <Card>
            <Empty description={<HomeNoCenter />} />
          </Card>
        </>
      )}
    </div>
  );
}

function HomeNoCenter() {
  const { t } = useTranslation('app');
  return <>{t('header.noCenter')}</>;
}
