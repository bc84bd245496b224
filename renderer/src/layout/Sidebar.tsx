import { useState } from 'react';
import { Badge, Flex, Layout, Menu, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { ClockCircleOutlined, HomeOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { routes } from '../routes';
import { usePeopleDue } from '../api/usePeopleDue';

/** Only pages that exist are listed; new areas add one entry here. */
const ENTRIES = [
  { path: routes.home, labelKey: 'app:nav.home', icon: <HomeOutlined />, testId: 'nav-home' },
  { path: routes.people, labelKey: 'people:nav.people', icon: <TeamOutlined />, testId: 'nav-people' },
  {
    path: routes.reassessmentDue,
    labelKey: 'people:nav.due',
    icon: <ClockCircleOutlined />,
    testId: 'nav-due',
  },
  { path: routes.settings, labelKey: 'app:nav.settings', icon: <SettingOutlined />, testId: 'nav-settings' },
] as const;

export function Sidebar() {
  const { t } = useTranslation(['app', 'common', 'people']);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Narrow windows fold the sidebar to icons; the title would not fit then.
  const [narrow, setNarrow] = useState(false);
  // How many elders wait for a reassessment, beside that entry (hidden at zero).
  const dueCount = usePeopleDue().data?.length ?? 0;
  const items: MenuProps['items'] = ENTRIES.map((entry) => ({
    key: entry.path,
    icon: entry.icon,
    label: (
      <Flex justify="space-between" align="center" gap={8}>
        <span data-testid={entry.testId}>{t(entry.labelKey)}</span>
        {entry.path === routes.reassessmentDue && (
          <Badge count={dueCount} overflowCount={99} size="small" data-testid="nav-due-count" />
        )}
      </Flex>
    ),
  }));
  const selected =
    ENTRIES.find((entry) => entry.path !== '/' && pathname.startsWith(entry.path))?.path ?? '/';
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
