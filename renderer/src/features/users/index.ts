/** Accounts, kept by administrators: add, edit, disable, reset passwords, unlock. */
import { createElement } from 'react';
import { IdcardOutlined } from '@ant-design/icons';
import { lazyComponent, routeNeeds } from '../../app';
import type { Feature } from '../../app';
import { usersPaths } from './paths';

const UsersPage = lazyComponent(() => import('./users-page'), 'UsersPage');

export const usersFeature: Feature = {
  routes: [{ path: 'users', Component: UsersPage, handle: routeNeeds('users.manage') }],
  nav: [
    {
      path: usersPaths.users,
      labelKey: 'users:nav',
      icon: createElement(IdcardOutlined),
      testId: 'nav-users',
      permission: 'users.manage',
      preload: UsersPage.preload,
    },
  ],
};

export { usersPaths } from './paths';
