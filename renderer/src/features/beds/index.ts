/** Beds and stays: the bed board, the bed setup, a bed's history and the printed bed list. */
import { createElement } from 'react';
import { AppstoreOutlined } from '@ant-design/icons';
import { lazyComponent, routeNeeds } from '../../app';
import type { Feature } from '../../app';
import { bedsPaths } from './paths';

const BedBoardPage = lazyComponent(() => import('./board/bed-board-page'), 'BedBoardPage');
const BedSetupPage = lazyComponent(() => import('./setup/bed-setup-page'), 'BedSetupPage');
const BedHistoryPage = lazyComponent(() => import('./history/bed-history-page'), 'BedHistoryPage');
const BedListPrintPage = lazyComponent(() => import('./print/bed-list-print-page'), 'BedListPrintPage');

export const bedsFeature: Feature = {
  routes: [
    { path: 'beds', Component: BedBoardPage, handle: routeNeeds('elders.read') },
    { path: 'beds/setup', Component: BedSetupPage, handle: routeNeeds('settings.manage') },
    { path: 'beds/bed/:bedId', Component: BedHistoryPage, handle: routeNeeds('elders.read') },
  ],
  printRoutes: [{ path: '/print/beds/list', Component: BedListPrintPage }],
  nav: [
    {
      path: bedsPaths.board(),
      labelKey: 'beds:nav.board',
      icon: createElement(AppstoreOutlined),
      testId: 'nav-beds',
      permission: 'elders.read',
      preload: BedBoardPage.preload,
    },
  ],
};

export { bedsPaths } from './paths';
export { HomeBedCounts } from './board/home-bed-counts';
