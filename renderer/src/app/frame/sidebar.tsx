import { useState } from 'react';
import { Flex, Layout, Menu, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Namespace } from '../../../../shared/i18n';
import { appPaths } from '../paths';
import { FEATURES } from '../features';
import { useIdlePreload } from './use-idle-preload';
import { useMayCheck } from '../../features/auth';

/** Only pages that exist are listed; each feature brings its own entries (app/features.ts). */
const ENTRIES = FEATURES.flatMap((feature) => feature.nav ?? []);
/** The namespaces the entries' labels come from: each feature labels its own entries. */
const LABEL_NAMESPACES = [...new Set(ENTRIES.map((entry) => entry.labelKey.split(':')[0] as Namespace))];

export function Sidebar() {
  const { t } = useTranslation(LABEL_NAMESPACES);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Narrow windows fold the sidebar to icons; the title would not fit then.
  const [narrow, setNarrow] = useState(false);
  // Entries the role cannot use are not listed at all (the core refuses them anyway), nor preloaded.
  const may = useMayCheck();
  const entries = ENTRIES.filter((entry) => may(entry.permission));
  useIdlePreload(entries.flatMap((entry) => (entry.preload ? [entry.preload] : [])));
  const items: MenuProps['items'] = entries.map((entry) => ({
    key: entry.path,
    icon: entry.icon,
    label: (
      <Flex justify="space-between" align="center" gap={8}>
        <span data-testid={entry.testId}>{t(entry.labelKey)}</span>
        {entry.Badge && <entry.Badge />}
      </Flex>
    ),
  }));
  const selected =
    entries.find((entry) => entry.path !== appPaths.home && pathname.startsWith(entry.path))?.path ??
    appPaths.home;
  return (
    <Layout.Sider
      width={200}
      breakpoint="md"
      collapsedWidth={64}
      collapsed={narrow}
      onBreakpoint={setNarrow}
      trigger={null}
      // Stays in view while a long page (Settings) scrolls.
      style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      data-testid="sidebar"
    >
      <Typography.Title
        level={5}
        style={{ color: '#fff', margin: 0, padding: '20px 16px', lineHeight: 1.4, minHeight: 64 }}
        ellipsis={{ rows: 2 }}
      >
        {narrow ? null : t('common:appShortName')}
      </Typography.Title>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={[selected]}
        items={items}
        onClick={({ key }) => void navigate(key)}
      />
    </Layout.Sider>
  );
}
