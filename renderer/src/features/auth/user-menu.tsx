import { Suspense, useState } from 'react';
import { Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { KeyOutlined, LogoutOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { lazyComponent } from '../../app';
import { useLock, useSignOut } from './queries';
import { useSignedInUser } from './use-may';

/** Loaded when first opened: the dialog's form carries the schema library, which the first screen must not wait for. */
const ChangePasswordDialog = lazyComponent(() => import('./change-password-dialog'), 'ChangePasswordDialog');

/**
 * The signed-in account in the header: its name and role, and what one does
 * with one's own account. "Switch user" locks the screen, so the next shift
 * signs in from the quick list while the page stays for whoever comes back.
 */
export function UserMenu() {
  const { t } = useTranslation('auth');
  const user = useSignedInUser();
  const signOut = useSignOut();
  const lock = useLock();
  const [changing, setChanging] = useState(false);
  if (!user) return null;
  const items: MenuProps['items'] = [
    { key: 'who', label: t(`roles.${user.role}`), disabled: true },
    { type: 'divider' },
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: <span data-testid="user-menu-password">{t('menu.changePassword')}</span>,
    },
    {
      key: 'switch',
      icon: <SwapOutlined />,
      label: <span data-testid="user-menu-switch">{t('menu.switchUser')}</span>,
    },
    {
      key: 'signOut',
      icon: <LogoutOutlined />,
      label: <span data-testid="user-menu-sign-out">{t('menu.signOut')}</span>,
      danger: true,
    },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setChanging(true);
    if (key === 'switch') lock.mutate();
    if (key === 'signOut') signOut.mutate();
  };
  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']}>
        {/* The accessible name starts with the visible name, so speech input ("click 王芳") finds it. */}
        <Button
          icon={<UserOutlined />}
          data-testid="user-menu"
          aria-label={t('menu.label', { name: user.displayName })}
        >
          {user.displayName}
        </Button>
      </Dropdown>
      {changing && (
        <Suspense fallback={null}>
          <ChangePasswordDialog open onClose={() => setChanging(false)} />
        </Suspense>
      )}
    </>
  );
}
