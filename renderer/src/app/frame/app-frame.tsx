import { Suspense } from 'react';
import { Layout } from 'antd';
import { Outlet } from 'react-router-dom';
import { Sidebar } from './sidebar';
import { HeaderBar } from './header-bar';
import { ReadOnlyAlert } from '../read-only/read-only-alert';
import { StoreWarningsAlert } from '../warnings/store-warnings-alert';
import { PageSpin } from '../../components/page-spin';
import { PagePermission } from './page-permission';

/**
 * Sidebar, header and the current page; the read-only notice and the warnings sit above every page.
 * Pages load on their first visit: the frame stays while a spinner stands in for the page.
 */
export function AppFrame() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sidebar />
      <Layout>
        <HeaderBar />
        <Layout.Content style={{ padding: 24 }}>
          <div style={{ maxWidth: 1080, margin: '0 auto' }}>
            <ReadOnlyAlert />
            <StoreWarningsAlert />
            <Suspense fallback={<PageSpin />}>
              <PagePermission>
                <Outlet />
              </PagePermission>
            </Suspense>
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
