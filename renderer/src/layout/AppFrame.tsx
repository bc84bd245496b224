import { Layout } from 'antd';
import { Outlet } from 'react-router-dom';
import { Sidebar } from './Sidebar';
import { HeaderBar } from './HeaderBar';
import { ReadOnlyAlert } from '../readOnly/ReadOnlyAlert';

/** Sidebar, header and the current page; the read-only notice sits above every page. */
export function AppFrame() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sidebar />
      <Layout>
        <HeaderBar />
        <Layout.Content style={{ padding: 24 }}>
          <div style={{ maxWidth: 1080, margin: '0 auto' }}>
            <ReadOnlyAlert />
            <Outlet />
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
