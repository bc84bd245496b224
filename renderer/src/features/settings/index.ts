/** Settings: language, the center's profile and rules, the data folder and its backups. */
import { createElement } from 'react';
import { SettingOutlined } from '@ant-design/icons';
import { lazyComponent, routeNeeds } from '../../app';
import type { Feature } from '../../app';
import { settingsPaths } from './paths';

const SettingsPage = lazyComponent(() => import('./settings-page'), 'SettingsPage');

export const settingsFeature: Feature = {
  routes: [{ path: 'settings', Component: SettingsPage, handle: routeNeeds('settings.manage') }],
  nav: [
    {
      path: settingsPaths.settings,
      labelKey: 'app:nav.settings',
      icon: createElement(SettingOutlined),
      testId: 'nav-settings',
      permission: 'settings.manage',
      preload: SettingsPage.preload,
    },
  ],
};

export { settingsPaths } from './paths';
export { useSettings } from './queries';
