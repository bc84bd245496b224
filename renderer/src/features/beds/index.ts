/**
 * Beds and stays: the bed board, the bed setup, a bed's history and the
 * printed bed list; the stay pages (admission, move, leave, discharge, 病危)
 * and their paper pages.
 */
import { createElement } from 'react';
import { AppstoreOutlined } from '@ant-design/icons';
import { lazyComponent, routeNeeds } from '../../app';
import type { Feature } from '../../app';
import { bedsPaths } from './paths';
import { stayPrintRoutes, stayRoutes } from './stays/routes';

const BedBoardPage = lazyComponent(() => import('./board/bed-board-page'), 'BedBoardPage');
const BedSetupPage = lazyComponent(() => import('./setup/bed-setup-page'), 'BedSetupPage');
const BedHistoryPage = lazyComponent(() => import('./history/bed-history-page'), 'BedHistoryPage');
const BedListPrintPage = lazyComponent(() => import('./print/bed-list-print-page'), 'BedListPrintPage');

export const bedsFeature: Feature = {
  routes: [
    { path: 'beds', Component: BedBoardPage, handle: routeNeeds('elders.read') },
    { path: 'beds/setup', Component: BedSetupPage, handle: routeNeeds('settings.manage') },
    { path: 'beds/bed/:bedId', Component: BedHistoryPage, handle: routeNeeds('elders.read') },
    ...stayRoutes,
  ],
  printRoutes: [{ path: '/print/beds/list', Component: BedListPrintPage }, ...stayPrintRoutes],
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
/** Today's bed board: the 24-hour board names the residents and beds behind its numbers from it. */
export { useBoard } from './queries';

/** 入住/住院情况 on the elder's page; loaded with it, not with the first screen. */
export const PersonResidenceCard = lazyComponent(
  () => import('./stays/person-residence-card'),
  'PersonResidenceCard',
);
